/**
 * The phrasings. Several per part of each message, chosen by a seed, so two notes to the same company never
 * read as copies. Plain, professional English with no contractions: the lint proofreads every one of them.
 */

export interface Vars {
  /** The name to greet: a first name, or null when the recipient is unknown. */
  first: string | null;
  company: string;
  role: string;
  /** The user's name, or '' when they have not set one. */
  user: string;
  /** "today", "yesterday", "on Tuesday" or "on 3 November", as the interview had it. */
  day: string;
  /** Whether the user met someone in an interview; false after a rejection on the application alone. */
  met: boolean;
  /** How many interviews took place (so "the interview" is not "the interviews" after just one). */
  interviews: number;
}

/**
 * What the user went through, for "feedback on my …": "interview", "interviews", or "application" when no
 * interview took place.
 *
 * @example
 * stageNoun({ met: false, interviews: 0 }); // 'application'
 */
export function stageNoun(v: Pick<Vars, 'met' | 'interviews'>): string {
  if (!v.met) return 'application';
  return v.interviews > 1 ? 'interviews' : 'interview';
}

/** "the interview" or "the interviews", by how many there were. */
function theInterviews(v: Pick<Vars, 'interviews'>): string {
  return v.interviews > 1 ? 'the interviews' : 'the interview';
}

type Phrase = (v: Vars) => string;

/** A quoted question closes its own sentence with its question mark; anything else gets a full stop. */
export function endSentence(text: string): string {
  return /[.?!]"?$/.test(text) ? text : `${text}.`;
}

export const greetings: readonly Phrase[] = [
  (v) => (v.first ? `Dear ${v.first},` : 'Hello,'),
  (v) => (v.first ? `Hello ${v.first},` : 'Hello,'),
  (v) => (v.first ? `Hi ${v.first},` : 'Hello,'),
];

export const formalGreeting: Phrase = (v) => (v.first ? `Dear ${v.first},` : `Dear ${v.company} team,`);

/**
 * A closing with the user's name under it, or alone when they have not set a name: a draft never invents one.
 *
 * @example
 * signed('Kind regards,', 'Alex Morgan'); // 'Kind regards,\nAlex Morgan'
 * signed('Kind regards,', ''); // 'Kind regards,'
 */
export function signed(closing: string, user: string): string {
  return user ? `${closing}\n${user}` : closing;
}

export const signOffs: readonly Phrase[] = [
  (v) => signed('Kind regards,', v.user),
  (v) => signed('Best regards,', v.user),
  (v) => signed('With thanks,', v.user),
  (v) => signed('Best wishes,', v.user),
];

const thanking = /\bthank/i;
const signOffsWithoutThanks = signOffs.filter((signOff) => !thanking.test(signOff({ user: '' } as Vars)));

/**
 * The sign-offs that read well after the message's last line: no "With thanks," under a line that has just
 * thanked them ("Thank you, and all the best.").
 *
 * @example
 * signOffsAfter('Thank you for thinking about it.').length; // 3
 */
export function signOffsAfter(lastLine: string | false | null | undefined): readonly Phrase[] {
  return lastLine && thanking.test(lastLine) ? signOffsWithoutThanks : signOffs;
}

// ——— Thank-you note ———

/** "today" → "today's", "on Tuesday" → "Tuesday's", an older date → "our". */
function possessiveDay(day: string): string {
  if (day === 'today' || day === 'yesterday') return `${day}'s`;
  const weekday = /^on ([A-Z][a-z]+day)$/.exec(day)?.[1];
  return weekday ? `${weekday}'s` : 'our';
}

export const thankYouSubjects: readonly Phrase[] = [
  (v) => `Thank you for ${possessiveDay(v.day)} ${v.role} interview`,
  (v) => `${v.role} interview: thank you`,
  (v) => `Thank you for your time, ${v.first ?? v.company}`,
  (v) => `Following our ${v.role} interview`,
  (v) => `With thanks for the ${v.role} conversation`,
  (v) => `Thank you for the ${v.role} interview at ${v.company}`,
];

export const thankYouOpenings: readonly Phrase[] = [
  (v) => `Thank you for taking the time to speak with me ${v.day} about the ${v.role} role at ${v.company}.`,
  (v) =>
    `Thank you for your time ${v.day}. I enjoyed learning more about the ${v.role} position and the team at ${v.company}.`,
  (v) => `I appreciated the time you gave me ${v.day} to talk about the ${v.role} role at ${v.company}.`,
  (v) => `Many thanks for the conversation ${v.day} about the ${v.role} opening at ${v.company}.`,
  (v) =>
    `Our conversation ${v.day} was a real pleasure, and thank you for telling me so much about the ${v.role} role at ${v.company}.`,
  (v) =>
    `Thank you for the interview ${v.day}; it gave me a much clearer picture of the ${v.role} role at ${v.company}.`,
];

/** One specific topic from the debrief: `t` is a short noun phrase ("system design"). */
export const thankYouTopicPhrases: readonly ((t: string) => string)[] = [
  (t) => `I especially enjoyed our discussion of ${t}.`,
  (t) => `Our conversation about ${t} has stayed with me, and it made the work feel very concrete.`,
  (t) => `Your questions on ${t} were a highlight for me, and they showed me how seriously the team takes it.`,
  (t) => `I found our exchange on ${t} particularly interesting.`,
  (t) => `The part of our talk on ${t} was the one I enjoyed most.`,
  (t) => `I came away thinking about ${t}, and about how much I would enjoy working on it with you.`,
];

/** The same, when the topic is a quoted interview question (`q` carries its own quotes and question mark). */
export const thankYouQuestionPhrases: readonly ((q: string) => string)[] = [
  (q) => `I have kept thinking about one of your questions: ${endSentence(q)}`,
  (q) => `I especially enjoyed working through your question ${endSentence(q)}`,
  (q) => `One of your questions stayed with me after the interview: ${endSentence(q)}`,
  (q) => `I enjoyed discussing your question ${endSentence(q)}`,
  (q) => `You asked me ${endSentence(q)} It was a good question, and I have reflected on it since.`,
  (q) => `I am still turning over one thing you asked me: ${endSentence(q)}`,
];

/** When the debrief gives no topic: still about this conversation, not any conversation. */
export const thankYouNoTopic: readonly Phrase[] = [
  (v) => `It was good to hear how the team works and what the first months in the ${v.role} role would involve.`,
  (v) => `Hearing about the plans of the team at ${v.company} made the role feel very real to me.`,
  () => 'I enjoyed hearing about the challenges ahead for the team and how you approach them.',
  (v) => `What you told me about the day-to-day work at ${v.company} was especially useful.`,
  () => 'Learning how the team makes decisions and shares its work gave me a good sense of the culture.',
  (v) => `I valued your frank picture of where the ${v.role} role fits in the wider team.`,
];

/** Renewed interest and what the user would bring: `s` is a strength phrase or null. */
export const thankYouInterest: readonly ((v: Vars, s: string | null) => string)[] = [
  (v, s) =>
    `Our conversation made me even more interested in the role, and I am confident that ${s ? `my experience with ${s}` : 'my experience'} would help the team at ${v.company} from the first weeks.`,
  (v, s) =>
    `I left even more enthusiastic about joining ${v.company}. I would bring ${s ? `solid experience with ${s}` : 'steady delivery and a habit of learning fast'}, and I would enjoy putting ${s ? 'it' : 'them'} to work on the problems you described.`,
  (_v, s) =>
    `I am very interested in the position, and I believe ${s ? `my background in ${s}` : 'my background'} fits what the team needs right now.`,
  (v, s) =>
    `The role sounds like a great match for me, and I would be glad to bring ${s ? `my experience with ${s}` : 'my experience'} to ${v.company}.`,
  (v, s) =>
    `Everything I heard confirmed my interest in ${v.company}, and ${s ? `my work on ${s}` : 'what I have delivered so far'} would let me contribute quickly.`,
  (_v, s) =>
    `I would love the chance to join the team, and I think ${s ? `my track record in ${s}` : 'my track record'} shows what I could add.`,
];

/** Loose ends: offer more on the topic the user felt weakest on, `w`, or a plain offer. */
export const thankYouLooseEnds: readonly ((w: string | null) => string)[] = [
  (w) =>
    w
      ? `If it would help, I am happy to share more detail on ${w}, which I felt I could have explained better.`
      : 'If any further detail would help, I am happy to provide it.',
  (w) =>
    w
      ? `On reflection, I would like to add more on ${w}; I would be glad to follow up with a short written example.`
      : 'Please let me know if there is anything else I can share.',
  (w) =>
    w
      ? `If a short example of my work on ${w} would be useful, I can send one over.`
      : 'I am happy to answer any further questions you may have.',
  (w) =>
    w
      ? `I have thought more about ${w} since we spoke, and I would welcome the chance to expand on it.`
      : 'If you would like references or examples of my work, I can send them.',
  (w) =>
    w
      ? `Should it be useful, I can write a few lines on how I would approach ${w} now.`
      : 'Do tell me if you need anything more from me.',
  (w) =>
    w
      ? `My answer on ${w} was not my clearest, so I would be glad to add to it if that helps.`
      : 'Any further information you need is yours for the asking.',
];

export const thankYouClosings: readonly Phrase[] = [
  () => 'Thank you again, and I look forward to hearing from you.',
  () => 'Thank you once more for your time.',
  (v) => `Thank you again for a thoughtful conversation, ${v.first ?? 'and best wishes to the team'}.`,
  () => 'I hope to speak with you again soon.',
  (v) => `I send my best wishes to you and everyone at ${v.company}.`,
  () => 'I look forward to the next steps.',
];

// ——— Feedback request ———

/** Thanks when no interview took place (turned down on the application): nothing about interviews. */
export const requestThanksApplication: readonly Phrase[] = [
  (v) => `Thank you for letting me know your decision on my application for the ${v.role} role.`,
  (v) => `Thank you for your message, and for considering my application for the ${v.role} role at ${v.company}.`,
  (v) => `Thank you for getting back to me about my application for the ${v.role} role.`,
];

export const requestThanks: readonly Phrase[] = [
  (v) =>
    `Thank you for letting me know about your decision, and for the time you and the team gave me during the interview process for the ${v.role} role.`,
  (v) =>
    `Thank you for your message, and for the time everyone at ${v.company} spent with me during the ${v.role} ${stageNoun(v)}.`,
  (v) =>
    `Thank you for getting back to me about the ${v.role} role, and for the care you took over ${theInterviews(v)}.`,
];

/** Whom the request goes to, which changes who "decided" and who passes the questions on. */
export type RequestAudience = 'sender' | 'interviewer' | 'referrer' | 'agency';

/** Thanks for the other audiences (the person who sent the rejection gets `requestThanks`). */
export const requestThanksBy: Record<Exclude<RequestAudience, 'sender'>, readonly Phrase[]> = {
  interviewer: [
    (v) =>
      `Thank you again for the time you gave me during the ${v.role} ${stageNoun(v)} at ${v.company}. I have since heard that the team decided not to move forward with my application.`,
    (v) =>
      `I wanted to thank you for interviewing me for the ${v.role} role. I have heard from ${v.company} that they will not be taking my application further.`,
  ],
  referrer: [
    (v) =>
      `Thank you again for referring me for the ${v.role} role at ${v.company}. I have heard that they decided not to move forward with my application.`,
    (v) =>
      `I wanted to let you know that ${v.company} decided not to go ahead with my application for the ${v.role} role, and to thank you again for referring me.`,
  ],
  agency: [
    (v) =>
      `Thank you for letting me know about the outcome at ${v.company}, and for putting me forward for the ${v.role} role.`,
    (v) =>
      `Thank you for passing on the news from ${v.company}, and for all your support with the ${v.role} application.`,
  ],
};

/** Asking someone to pass the questions on rather than answer them. */
export const requestAskThrough: Record<'referrer' | 'agency', readonly Phrase[]> = {
  referrer: [
    (v) =>
      `If you feel comfortable asking, any view from ${v.company} on a few specific points would help me a great deal:`,
    () => 'If it is not awkward to ask internally, I would value their view on a few specific points:',
  ],
  agency: [
    (v) =>
      `If ${v.company} shared any feedback, or would be open to sharing some, I would value it on a few specific points:`,
    () => 'If the client gave any feedback, or would be willing to, I would value it on a few specific points:',
  ],
};

export const requestFutureBy: Record<'referrer' | 'agency', readonly Phrase[]> = {
  referrer: [
    (v) =>
      `I am still very keen on ${v.company}, so if another suitable opening comes up, I would be grateful to hear about it.`,
  ],
  agency: [
    () => 'I would also be glad if you kept me in mind for other roles you are recruiting for.',
    () => 'Please do keep me in mind for other roles that match my background.',
  ],
};

export const requestNotContesting: readonly Phrase[] = [
  () => 'I fully accept the decision and I am not writing to contest it.',
  () => 'I respect the decision and I am not contesting it in any way.',
  () => 'I accept the outcome, and this message is not an attempt to contest it.',
];

export const requestAsk: readonly Phrase[] = [
  () => 'I am working to improve, and your view on a few specific points would help me a great deal:',
  () => 'To prepare better for similar roles, I would value your view on a few specific points:',
  () => 'I would be grateful for your perspective on a few specific points, so I can keep improving:',
];

export const requestAskOne: readonly Phrase[] = [
  () => 'I am working to improve, and your view on one specific point would help me a great deal:',
  () => 'To prepare better for similar roles, I would value your view on one specific point:',
];

export const requestCall: readonly Phrase[] = [
  () => 'If it is easier to talk, I would be glad to have a 10-minute call at a time that suits you.',
  () => 'If a short conversation is easier than writing, a 10-minute call at any time that suits you would be perfect.',
  () => 'If you prefer, I would be happy to hear your thoughts in a brief 10-minute call instead.',
];

export const requestFutureOpenings: readonly Phrase[] = [
  (v) => `I enjoyed meeting the team, and I would be glad if you kept me in mind for future openings at ${v.company}.`,
  (v) => `I remain very interested in ${v.company}, so please keep me in mind for future openings.`,
  (v) => `I would also welcome hearing about future openings at ${v.company} that might suit my background.`,
];

/** The same without "meeting the team", for when no interview took place. */
export const requestFutureOpeningsApplication: readonly Phrase[] = [
  (v) => `I remain very interested in ${v.company}, so please keep me in mind for future openings.`,
  (v) => `I would also welcome hearing about future openings at ${v.company} that might suit my background.`,
];

export const requestClosings: readonly Phrase[] = [
  () => 'Thank you again for your time.',
  () => 'Thank you once more, and best wishes to you and the team.',
  () => 'Many thanks again.',
];

// ——— Nudge ———

/** How the request went out, for "my note", "our call", "my letter". */
export type RequestWay = 'email' | 'phone' | 'letter';

const requestWord: Record<RequestWay, string> = { email: 'note', phone: 'call', letter: 'letter' };

/** "my note of 3 November", "my note from yesterday", "my note earlier today". */
function whenSent(day: string): string {
  if (day === 'today') return 'earlier today';
  if (day === 'yesterday') return 'from yesterday';
  return day.replace(/^on /, 'of ');
}

/** `day` is when the request went out ("on 3 November"); `topic` a short noun phrase or null. */
export const nudgeBodies: readonly ((v: Vars, topic: string | null, way: RequestWay) => string)[] = [
  (v, topic, way) =>
    `I hope you are well. I am following up on ${way === 'phone' ? 'our' : 'my'} ${requestWord[way]} ${whenSent(v.day)} about feedback on my ${stageNoun(v)} for the ${v.role} role. I know how busy things can be, so even one or two lines${topic ? ` on ${topic}` : ''} would help me a great deal.`,
  (v, topic, way) =>
    `I hope your week is going well. I wanted to follow up once on ${way === 'phone' ? 'our' : 'my'} earlier ${requestWord[way]} about my ${stageNoun(v)} for the ${v.role} role. Any brief thoughts${topic ? `, especially on ${topic},` : ''} would be very useful to me.`,
  (v, topic) =>
    `I am writing once more about my request for feedback on my ${stageNoun(v)} for the ${v.role} role at ${v.company}. A short reply${topic ? ` on ${topic}` : ''} would be a real help, whenever you have a moment.`,
];

export const nudgeCall: readonly Phrase[] = [
  () => 'If a 10-minute call is easier, I am happy to fit around your schedule.',
  () => 'If talking is easier, a quick 10-minute call would work well for me too.',
];

// ——— Thank-you for feedback ———

export const feedbackReplyThanks: readonly Phrase[] = [
  () => 'Thank you for taking the time to share this feedback. I know not every company does, and I appreciate it.',
  () => 'Thank you very much for your feedback, and for being so open with me.',
  (v) => `Thank you for getting back to me with feedback on my ${stageNoun(v)} for the ${v.role} role.`,
];

export const feedbackReplySpecific: readonly ((s: string) => string)[] = [
  (s) => `Your point about ${s} is especially useful, and I plan to work on it.`,
  (s) => `The comments on ${s} give me something concrete to work on, and I will.`,
  (s) => `I will focus on ${s} next; it is good to know exactly where to put the effort.`,
];

export const feedbackReplyGeneral: readonly Phrase[] = [
  () => 'It gives me a clearer picture of what to work on next.',
  () => 'I will take it on board as I prepare for the next steps in my search.',
];

/**
 * Thanks for a reply that is about the role (on hold, filled, cancelled) or a standard one: grateful for the
 * answer, without pretending it gave the user something to work on.
 */
export const feedbackReplyUpdateThanks: readonly Phrase[] = [
  () => 'Thank you for letting me know, and for taking the time to write.',
  (v) => `Thank you for the update on the ${v.role} role.`,
  () => 'Thank you for getting back to me and for explaining where things stand.',
];

export const feedbackReplyRoleChange: readonly Phrase[] = [
  () => "I understand that changes like this are often outside anyone's control.",
  () => 'I understand, and I hope the plans for the team come together well.',
];

export const feedbackReplyNoFeedback: readonly Phrase[] = [
  () => 'I understand that it is not always possible to give individual feedback.',
  () => 'I understand that individual feedback is not always possible, and I am glad to have heard back.',
];

export const feedbackReplyClosings: readonly Phrase[] = [
  (v) =>
    v.met
      ? `I enjoyed meeting the team at ${v.company}, and I hope our paths cross again.`
      : `I remain very interested in ${v.company}, and I hope our paths cross again.`,
  (v) => `I would be glad to stay in touch, and I wish you and the team at ${v.company} all the best.`,
];

// ——— Follow-up question for vague feedback ———

/** One thanks only: the follow-up asks for more, so it thanks once and gets to the question. */
export const followUpOpenings: readonly Phrase[] = [
  () => 'Thank you for getting back to me.',
  (v) => `Thank you for your reply about the ${v.role} role.`,
];

export const followUpBridges: readonly Phrase[] = [
  () => 'If you have a moment, may I ask one follow-up question?',
  () => 'To make the most of your feedback, could I ask one short follow-up question?',
];

export const followUpClosings: readonly Phrase[] = [
  () => 'Even a sentence or two would help me a lot. If a call is easier, ten minutes would be plenty.',
  () => 'A brief answer would be very helpful, and I am also happy to talk for ten minutes if that is easier.',
];

// ——— Keep in touch ———

export const keepInTouchBodies: readonly Phrase[] = [
  (v) =>
    `I hope things are going well at ${v.company}. It has been a little while since ${v.met ? 'we spoke about' : 'my application for'} the ${v.role} role, and I wanted to say hello and share a short update.`,
  (v) =>
    v.met
      ? `I hope you are well. I still think about our conversation about the ${v.role} role at ${v.company}, and I wanted to stay in touch.`
      : `I hope you are well. I am still very interested in ${v.company}, and I wanted to stay in touch after my application for the ${v.role} role.`,
  (v) =>
    `I hope all is well with you and the team at ${v.company}. I wanted to check in, a few months on from ${v.met ? 'our conversation about' : 'my application for'} the ${v.role} position.`,
];

/** What they talked about, recalled: `t` is a short noun phrase from the debrief ("system design"). */
export const keepInTouchTopics: readonly ((t: string) => string)[] = [
  (t) => `Our discussion of ${t} has stayed with me.`,
  (t) => `I have thought more than once about what you said on ${t}.`,
  (t) => `What you told me about ${t} has been useful to me since.`,
];

/** A short update with no claim the user has not made: they add the real one in their own words. */
export const keepInTouchUpdates: readonly Phrase[] = [
  () => 'I have been working on the points that came up during the process, and I feel stronger for it.',
  () => 'Since then, I have been building on what I learned from the process.',
  () => 'I have kept developing my skills, partly thanks to what I took away from the process.',
];

export const keepInTouchClosings: readonly Phrase[] = [
  (v) =>
    `If there is anything I can help with, or if the team at ${v.company} has a role that fits, I would be glad to hear from you.`,
  () => 'I would be happy to catch up over a short call sometime, if you are open to it.',
  () => 'I hope our paths cross again, and I wish you a good few months ahead.',
];

// ——— Other openings ———

export const otherOpeningsBodies: readonly ((v: Vars, s: string | null) => string)[] = [
  (v, s) =>
    `${v.met ? `Thank you again for your time during the ${v.role} process. I enjoyed getting to know the team, and I remain keen on ${v.company}.` : `Thank you again for considering my application for the ${v.role} role. I remain keen on ${v.company}.`} If there are other openings where ${s ? `my experience with ${s}` : 'my background'} could be useful, I would be glad to hear about them.`,
  (v, s) =>
    `I hope you are well. Although the ${v.role} role did not work out, I would still very much like to work with ${v.company}. Do you know of any other current or upcoming openings that might suit me${s ? `, perhaps ones that draw on ${s}` : ''}?`,
  (v, s) =>
    `${v.met ? `I enjoyed meeting the team during the ${v.role} ${stageNoun(v)}.` : `Although my application for the ${v.role} role did not go further, I remain very interested in ${v.company}.`} I wanted to ask whether there are other roles at ${v.company} that would be worth a conversation${s ? `, perhaps ones where ${s} matters most` : ''}.`,
];

// ——— Referral request ———

export const referralBodies: readonly Phrase[] = [
  (v) =>
    `Thank you again for your time during the ${v.role} process at ${v.company}. I am continuing my search for similar roles, and I wondered whether you know anyone at other companies who might be open to a short conversation with me.`,
  (v) =>
    `I hope you are well. As I keep looking for ${v.role} roles, I would value an introduction to anyone in your network who is hiring or who knows the field well.`,
  () =>
    'I am continuing my search, and I wanted to ask whether anyone in your network might be worth a short conversation.',
];

export const referralEasyOut: readonly Phrase[] = [
  () =>
    'An introduction would mean a lot, and I would keep any conversation brief and respectful of their time. If nothing comes to mind, I understand completely.',
  () =>
    'I would make it easy: a two-line introduction is plenty, and I can send a short summary of my background to pass on. If no one comes to mind, that is completely fine.',
];
