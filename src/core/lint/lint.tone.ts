import { mayMatch } from './lint.prefilter';
import { RecentMap } from './lint.recent';
import type { LintIssue, ToneRule } from './lint.schema';
import { type PreparedSentence, tokenAt } from './lint.text';
import { toneModelFindings, writerExplains } from './lint.tone-model';

/**
 * Tone rules. Each pattern is matched on a sentence's normalised form (lower case, contractions expanded:
 * "didn't" is "did not"), then checked against the sentence's structure: a negation earlier in the same clause
 * cancels it ("I'm not asking you to reconsider"), some patterns only count as a question or a request
 * ("I know what went wrong" is fine, "What went wrong?" is not), accusations only count when they point at the
 * reader rather than the writer ("my answer was a mess" is self-criticism), and the message kind decides where a
 * pattern applies (rebutting is what a feedback reply must not do; an influence letter is meant to address
 * concerns).
 */

/** Where the message sits in the process; decides which patterns apply. */
interface KindProfile {
  kind: string;
  /** Written after a decision (rejection, feedback): asking for another round is a second-chance plea. */
  afterDecision: boolean;
  /** Rebuttals of an assessment count (feedback reply, request, nudge and unknown kinds). */
  rebuttalsMatter: boolean;
  /** The user's answer to feedback: the softest rebuttals ("Actually, I have…") count too. */
  feedbackReply: boolean;
  /** A formal subject access request: statutory deadlines and rights are the point, not pressure. */
  formalRequest: boolean;
}

const preDecisionKinds = new Set(['thank-you', 'influence-letter']);
/**
 * After a stance word, the writer's own wish or interest rather than a claim ("to be clear, I'd rather be on your
 * team", "with respect, I'm still very keen"): nothing of theirs is argued with.
 */
const ownWishAfterStance =
  /^(?:respectfully|with (?:all )?(?:due )?respect|in fact|to clarify|to be clear|let me be clear|for clarity|for the record|just to (?:clarify|be clear)) ,? i (?:would (?:much |really |still |very much )?(?:rather|prefer|love|like|be (?:glad|happy|delighted|keen))|am (?:still |really |very |genuinely |truly )*(?:keen|interested|excited|committed|happy|glad|enthusiastic|available)|(?:still |really |genuinely )*(?:want|hope|prefer|remain))\b/;

/**
 * A formal subject access request argues nothing; everywhere else a rebuttal of the assessment is one, in a thank-you
 * or a keep-in-touch note as much as in a feedback reply (product decision, 7 December 2026: every tone is reported in
 * every kind where it is present). Where no feedback was given, the writer's record alone is no rebuttal: an
 * influence letter answers the panel's concerns by design (see `rebutsNothingHere`).
 */
const noRebuttalKinds = new Set(['subject-access-request']);

/**
 * How the message kind changes the tone rules; any string (or none) is accepted.
 *
 * @example
 * kindProfile('feedback-reply').feedbackReply; // true
 * kindProfile('carrier-pigeon').afterDecision; // true (unknown kinds get the general rules)
 */
export function kindProfile(kind: string | undefined): KindProfile {
  const k = (kind ?? '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  return {
    kind: k,
    afterDecision: !preDecisionKinds.has(k),
    rebuttalsMatter: !noRebuttalKinds.has(k),
    feedbackReply: k === 'feedback-reply' || k === 'reply-to-feedback' || k === 'thank-you-for-feedback',
    formalRequest: k === 'subject-access-request',
  };
}

/** What a pattern's extra check sees. */
interface MatchContext {
  sentence: PreparedSentence;
  /** Token index where the match starts. */
  at: number;
  /** Offset of the match in `sentence.norm`. */
  normIndex: number;
  match: RegExpMatchArray;
  profile: KindProfile;
  /** The sentence before, for a claim that argues with an outcome named there ("Why wasn't I chosen? I met every…"). */
  previous?: PreparedSentence;
}

interface TonePattern {
  /** Tested first for the words it cannot match without (lint.prefilter.ts), so most sentences skip it cheaply. */
  re: RegExp;
  /** Default true: a negation earlier in the clause cancels the match. */
  negatable?: boolean;
  /** Only counts as a question or a request ("could you tell me…", "I'd like to know…"). */
  asked?: boolean;
  /** Only counts when someone other than the writer is the target (for accusations). */
  accusesReader?: boolean;
  /**
   * A stance word that only announces what follows ("with respect, …", "in fact, …"): when what follows is an
   * accusation the confrontational rule already reports, this adds no second, defensive finding.
   */
  stance?: boolean;
  /** Cancelled when the clause talks about the future or other roles ("another chance in the future"). */
  futureSafe?: boolean;
  when?: (profile: KindProfile) => boolean;
  check?: (ctx: MatchContext) => boolean;
  /** A better sentence for this particular case; otherwise the rule's default. */
  suggest?: (ctx: MatchContext, text: string) => string;
}

interface ToneRuleDefinition {
  rule: ToneRule;
  message: string;
  patterns: TonePattern[];
  suggest: (ctx: MatchContext, text: string) => string;
}

// ---- shared vocabulary (regular-expression fragments over the normalised text) ----

/**
 * The reader's side. A panel or a team may be named with what it does ("the interview panel", "your selection
 * committee", "the hiring team").
 */
const them =
  '(?:you|your (?:(?:interview|selection|hiring|assessment|recruitment|recruiting|talent|review|final) )?(?:team|panel|company|recruiters?|interviewers?|hiring manager|process|firm|organi[sz]ation|committee|board)|the (?:(?:interview|selection|hiring|assessment|recruitment|recruiting|talent|review|final) )?(?:panel|interviewers?|company|team|hiring manager|recruiters?|committee|board|business|firm)|they|he|she)';
const stage =
  '(?:test|tests|take-home|takehome|exercise|assessment|task|assignment|challenge|case study|presentation|interview|coding|tech test|quiz|project|kata|round|whiteboard|pairing session)';
const deadline =
  '(?:the end of (?:the |this |next |the next |the following )?(?:day|week|month)|end of (?:the |this |next |the next )?(?:day|week|month)|eod|eow|cob|close of (?:business|play)|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|this (?:week|afternoon|evening|morning)|next (?:week|monday|tuesday|wednesday|thursday|friday)|noon|midday|the \\d+(?:st|nd|rd|th)?|\\d+(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:one|two|three|four|five|six|seven|a|an|\\d+) (?:hours?|hrs?|days?|business days?|working days?|weeks?)|the next (?:few |couple of |\\d+ |two |three |24 |48 )?(?:days|hours|working days|business days))';
const rejected =
  '(?:(?:i|me|my (?:application|candidacy|cv|profile|interview)) (?:[a-z]+ly )?(?:was|were|got|have been|had been|am|has been|is) (?:not )?(?:rejected|refused|turned down|declined|unsuccessful|passed over|overlooked|knocked back|dropped|eliminated|screened out|let go|ruled out)|(?:i|my (?:application|candidacy|candidature|profile)) (?:[a-z]+ly )?(?:was|were|am|is|has been|have been) not (?:(?:being |going |getting )?(?:taken |put |moved |carried )?forward|chosen|successful|hired|picked|shortlisted|offered|progressed|moved forward|invited back|considered|taken forward|good enough|the right fit|a good fit|a fit|the one|the successful)|i did not (?:get|make|land|win|pass|progress|succeed|move forward|go through|advance|get through)|did not i (?:get|make|land|win|pass|progress|succeed|move forward|go through|advance|get through)|(?:was|were) not (?:i|my \\w+) (?:selected|chosen|successful|hired|offered|picked|considered|shortlisted|invited)|(?:was|were) (?:i|my \\w+) (?:rejected|turned down|not \\w+|unsuccessful|passed over|declined|dropped|eliminated|ruled out)|(?:you|they|the (?:team|panel|company|hiring manager|recruiter|committee)) (?:\\w+ )?(?:rejected|turned down|declined|dropped|did not (?:pick|choose|select|hire|want|offer|take|progress)|decided (?:not to|to go|against)|chose (?:someone|another|a different|not)|picked (?:someone|another)|went (?:with|for) (?:someone|another|a different|the other)|passed on)|did not (?:you|they|the \\w+) (?:reject|turn down|decline|drop|pick|choose|select|hire|want|offer|take|go with|go for|pass on|give me|progress)|did (?:you|they|the \\w+) (?:not )?(?:reject|turn down|decline|drop|pick|choose|select|hire|want|offer|take|decide|go with|go for|pass on))';
/**
 * A negated auxiliary, in every tense and in learners' English ("had not", "never even", "I not agree"): what someone
 * failed to do is an accusation or a rebuttal whichever auxiliary carries the "not".
 */
const negated =
  '(?:(?:do|does|did|had|has|have|could|can|would|will|was|were|is|are)(?: not| never)(?: even)?|never(?: even)?|not even|failed to|refused to)';
/**
 * Modality before an action the writer threatens: a hedge does not soften a threat ("I'd hate to have to leave a
 * review", "I may be forced to raise this with your CEO").
 */
const threatModal =
  '(?:will|would|shall|might|may|could|going to|plan to|intend to|have to|need to|forced to|no choice but to|no option but to|considering|consider|have decided to|reserve the right to)';
/** Words that ask for a reason. */
const whyCue =
  '(?:why|how come|(?:grounds|basis|reasons?) (?:on|for) which|how(?= (?:i|my \\w+) (?:did not|was not|were not|failed|could not|got|was|ended))|how(?= (?:someone|somebody|another|the other)\\b)|what (?:(?:was|is) it that |it (?:was|is) that )?(?:made|led|caused|prompted|drove) (?:you|the \\w+(?: \\w+)?|them|the decision)|what (?:(?:was|is) it that )?(?:led|contributed|came down) to|reasons?|what (?:was|is) it about (?:me|my \\w+))';
/** The rejection itself, as the object of a "why". */
const outcome = `(?:${rejected}|(?:someone|somebody|another (?:candidate|applicant|person)|the other (?:candidate|applicant|person)|they|he|she)(?: [\\w-]+){0,4}? (?:got|get|was given|were given|was offered|landed|won|took) (?:the (?:job|role|position|offer|post)|it) (?:over|instead of|ahead of) me|(?:it |things |the decision )?(?:went|go|going|gone) (?:the other way|against me|to someone else|elsewhere)|(?:a )?(?:better|stronger|more suitable|preferable|more qualified|more experienced) (?:[\\w-]+ )?than me|(?:chose|choose|picked|pick|selected|select|hired|hire|went with|go with|went for|go for|preferred|prefer|offered (?:it|the role|the job|the position) to) (?:the other|another|a different|someone|somebody|him|her|them|an internal|the successful)|(?:did )?i (?:fail|failed|flunk|flunked|bomb|bombed|blew|blow|mess up|messed up|lose out|lost out)|(?:was|am|were|is) not (?:i|my \\w+) (?:good enough|right for|the right|a (?:good |strong )?(?:fit|match)|strong enough|experienced enough|qualified enough|selected|chosen|successful|hired|picked|offered)|(?:i|me|my \\w+) (?:was |am |were |is )?(?:not|never) (?:good enough|right for|the right|a (?:good |strong )?(?:fit|match)|strong enough|experienced enough|qualified enough|what you (?:wanted|were looking for)|selected|chosen|successful|hired|picked|offered)|(?:decide|decided|deciding|chose|choose|go|went|going|opt|opted) (?:against|not to|with (?:someone|another|a different|the other))|(?:did|does|do) not (?:work|work out|go|get|make|progress|impress)|(?:the|your|this|that) (?:decision|rejection|outcome|no)\\b|(?:say|said|saying|says) no\\b|(?:go|went|going) (?:another|a different) (?:way|direction)|(?:it|that|the answer|things) (?:was|is|being|became|turned into|ended up(?: being| as)?) (?:a )?(?:no|not me)\\b|(?:ended|end|ending) up (?:being |as )?(?:a no|not (?:\\w+ )?(?:getting|being|making|landing|winning|progressing|moving))|(?:not|never) (?:getting|landing|making|winning|securing|receiving|being (?:\\w+ )?(?:selected|chosen|offered|hired|successful|picked|shortlisted|invited|progressed|taken forward|put forward|the one|a fit|the right fit|considered))|(?:reject|turn down|pass on|pass over|not (?:choose|pick|select|hire|progress|take|want|offer)) (?:me|my)|turned (?:me|my \\w+) down|unsuccessful|rejected)`;
const askFrame = new RegExp(
  [
    '\\b(?:would|do|did|really|also|just)(?: really| also| just)? (?:like|love|appreciate|want|welcome)',
    '\\b(?:want|need|hoping|hope|keen|eager|interested|trying|try|tried|wish|waiting|wait|like|love|dying|desperate|grateful|glad|happy|pleased|thankful|struggling|struggle|struggled|able) to (?:know|understand|hear|find out|learn|ask|work out|figure out|make sense of|get my head around|piece together|see)',
    '\\b(?:keep|kept|still|been|left) (?:on |just )?(?:wondering|asking myself|thinking about|puzzling over|trying to)',
    '\\b(?:can|could|would|will) (?:you|someone|anyone) (?:please |kindly )?(?:tell|explain|let me know|share|clarify|say|help me understand|give me|outline|shed|provide|confirm|advise|elaborate)',
    '\\b(?:please|kindly) (?:tell|explain|let me know|share|clarify|advise|confirm|outline|elaborate|justify|provide|give|send|revert|furnish|communicate|forward|mention|specify|state)',
    // "Please may I know the reason…", "May I ask what…": the learner's and the formal letter's way of asking.
    '\\bmay i (?:please |kindly )?(?:know|ask|understand|learn|request|enquire|inquire|be told|be informed)',
    '\\b(?:let me know|tell me|wondering|i wonder|curious|help me understand|ask (?:you )?(?:why|what|where|whether|if)|confused|puzzled|baffled|at a loss|(?:do|did|can|could) not (?:understand|see|work out|figure out|get)|no idea|none the wiser|in the dark|no clearer|struggling to (?:understand|see))',
    // "I still haven't heard why I wasn't offered the role", "nobody has told me what went wrong": the reason missed.
    // "I'm still not clear what tipped it against me", "I still wait for answer why…": the reason missed, so asked for.
    '\\b(?:not (?:entirely |quite |really |fully |at all )?(?:clear|certain|sure) (?:on |about |as to )?(?:why|what|how|where)|unclear (?:on |about |as to )?(?:why|what|how|where)|(?:wait|waiting|waited|await|awaiting) (?:for )?(?:an? |the |your |any )?(?:answer|reply|response|explanation|word|news)s?)',
    // "I write to request a full explanation of…": the reasons asked for in form.
    '\\b(?:request|requesting|ask for|asking for|seek|seeking|demand|demanding) (?:a |an |the |some )?(?:full |detailed |proper |written |formal |clear )?(?:explanation|reasons?|justification|rationale|account)',
    // "None of this explains why I was turned down": the reason said to be still missing.
    '\\b(?:none of (?:this|that|it|these|those)|nothing (?:here|in (?:this|that|it|your [\\w-]+))|(?:this|that|it|which) (?:still )?(?:does|did) not) (?:really |actually )?(?:explains?|tells? me|answers?|address(?:es)?|covers?|says?)',
    '\\b(?:(?:have|has|had) (?:still |yet )?(?:not|never) (?:yet |still )?(?:been )?(?:heard|told|given|received|got|gotten|informed|had)|(?:nobody|no one) (?:has |have |had )?(?:\\w+ )?(?:told|explained|said|informed))',
  ].join('|'),
);
const futureContext =
  /\b(?:future|next time|later on|elsewhere|down the line|one day|someday|other (?:roles?|openings?|positions?|teams?|opportunities|vacancies)|similar (?:roles?|positions?|openings?|opportunit\w+|vacanc\w+)|(?:another|a different|a new) (?:role|opening|position|vacancy|team|opportunity)|(?:roles?|openings?|positions?) (?:like this|that come up|in the))\b/;
const negators = new Set(['not', 'never', 'no', 'nor', 'without', 'neither', 'hardly']);
const disclaimerVerbs =
  /^(?:ask|asking|expect|expecting|want|wanting|looking|trying|seeking|request|requesting|contest|contesting|challenge|challenging|dispute|disputing|question|questioning|suggest|suggesting|say|saying|mean|meaning|going|intend|intending|here|writing|pressure|rush|need|hoping|try|seek|reopen|reopening)$/;
const auxiliaries = new Set([
  'can',
  'could',
  'would',
  'will',
  'do',
  'did',
  'does',
  'is',
  'are',
  'was',
  'were',
  'should',
  'have',
  'has',
]);
const pronouns = new Set(['you', 'i', 'we', 'they', 'he', 'she', 'it']);
const selfWords = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'our']);

// ---- structural checks ----

/** True when a negation earlier in the match's clause cancels it (not an inverted question such as "couldn't you"). */
function isNegated(sentence: PreparedSentence, at: number): boolean {
  const clauseStart = sentence.clauseStartOf[at] ?? 0;
  for (let i = at - 1; i >= clauseStart; i--) {
    const token = sentence.tokens[i];
    if (!token || !negators.has(token.norm)) continue;
    // "If I don't hear back, I will…": the negation belongs to the condition, not to the threat.
    if (sentence.tokens.slice(clauseStart, i).some((t) => /^(?:if|unless|until|whether)$/.test(t.norm))) continue;
    const previous = sentence.tokens[i - 1]?.norm ?? '';
    const next = sentence.tokens[i + 1]?.norm ?? '';
    // "Couldn't you reconsider?" asks; "I couldn't ask you to reconsider" does not.
    if (token.norm === 'not' && auxiliaries.has(previous) && pronouns.has(next) && next !== 'i' && sentence.isQuestion)
      continue;
    const isDisclaimer = sentence.tokens.slice(i + 1, i + 4).some((t) => disclaimerVerbs.test(t.norm));
    if (isDisclaimer || at - i <= 8) return true;
  }
  return false;
}

/** A question, or a statement that asks ("I'd like to know why…", "please explain…"). */
function isAsked(sentence: PreparedSentence, at: number, normIndex: number): boolean {
  if (sentence.isQuestion) return true;
  const clauseStart = sentence.clauseStartOf[at] ?? 0;
  // A clause that opens with the question word ("Why didn't I get the job." without a question mark).
  const opening = sentence.tokens
    .slice(clauseStart, at)
    .filter((t) => !/^(?:so|but|and|just|honestly|also|,)$/.test(t.norm));
  if (opening.length === 0) return true;
  return askFrame.test(sentence.norm.slice(0, normIndex));
}

// Words skipped when looking back from a judgement to what it judges.
const linkWords = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'felt',
  'feel',
  'feels',
  'seemed',
  'seems',
  'seem',
  'sounded',
  'sounds',
  'looked',
  'looks',
  'found',
  'find',
  'think',
  'thought',
  'so',
  'very',
  'really',
  'completely',
  'totally',
  'utterly',
  'clearly',
  'obviously',
  'quite',
  'rather',
  'frankly',
  'honestly',
  'just',
  'a',
  'an',
  'bit',
  'of',
  'extremely',
  'incredibly',
  'pretty',
  'absolutely',
  'entirely',
  'simply',
  'kind',
  'sort',
  'like',
  'not',
  'always',
  'has',
  'have',
  'had',
  'become',
  'became',
  'got',
  'get',
  'all',
  'more',
  'than',
  'most',
  'less',
  'too',
  'also',
  'still',
  'again',
  'quite',
  'deeply',
  'genuinely',
  'somewhat',
  'slightly',
  'fairly',
  'overall',
  'whole',
  'entire',
  'complete',
  'total',
  'way',
  'far',
  'even',
  'process',
  'would',
  'will',
  'could',
  'might',
  'must',
  'may',
]);
const readerTargets = new Set([
  'you',
  'your',
  'yours',
  'they',
  'them',
  'their',
  'he',
  'she',
  'his',
  'her',
  'it',
  'this',
  'that',
  'which',
  'interviewer',
  'interviewers',
  'panel',
  'process',
  'interview',
  'interviews',
  'recruiter',
  'recruiters',
  'company',
  'decision',
  'test',
  'assessment',
  'feedback',
  'hiring',
  'question',
  'questions',
  'task',
  'exercise',
  'thing',
  'experience',
  'treatment',
  'everything',
  'recruitment',
  'manager',
  'team',
  'firm',
  'organisation',
  'organization',
  'business',
  'people',
  'response',
  'reply',
  'rejection',
  'approach',
  'attitude',
  'behaviour',
  'behavior',
  'conduct',
  'culture',
  'communication',
  'tone',
  'email',
  'emails',
  'system',
  'selection',
  'procedure',
  'stage',
  'round',
  'take-home',
  'setup',
  'set-up',
  'outcome',
  'everyone',
  'somebody',
  'someone',
  // The people of a hiring process, by role.
  'assessor',
  'assessors',
  'examiner',
  'examiners',
  'partner',
  'partners',
  'director',
  'supervisor',
  'lead',
  'head',
  'officer',
  'ceo',
  'cto',
  'founder',
  'boss',
  'chair',
  'board',
  'committee',
  'reviewer',
  'reviewers',
  'marker',
  'hr',
  'staff',
  'receptionist',
  'colleague',
  'colleagues',
  'coordinator',
]);
const experiencerVerbs = new Set(['found', 'find', 'felt', 'feel', 'thought', 'think', 'considered', 'consider']);
const determiners = new Set(['the', 'this', 'that', 'these', 'those', 'your', 'their', 'his', 'her', 'its']);
const prepositions = new Set(['to', 'of', 'in', 'on', 'about', 'for', 'with', 'from', 'at', 'during', 'behind']);

/**
 * Whether a judgement ("unfair", "a mess") points at the reader or their process rather than at the writer or a
 * neutral topic: looks back to the nearest noun or pronoun in the clause and at whose it is ("my answer" is
 * self-criticism, "your process" an accusation, "the incident" a topic).
 */
function accusesReader(sentence: PreparedSentence, at: number): boolean {
  const clauseStart = sentence.clauseStartOf[at] ?? 0;
  const norms = sentence.tokens.map((t) => t.norm);
  for (let i = at - 1; i >= clauseStart; i--) {
    const norm = norms[i] ?? '';
    // "less an assessment and more a box-ticking exercise": a conjunction is not what is judged.
    if (norm === 'and' || norm === 'or' || norm === 'less' || norm === 'rather') continue;
    // "…which I found unprofessional": the writer is who judges, not what is judged; look further back.
    if ((norm === 'i' || norm === 'we') && experiencerVerbs.has(norms[i + 1] ?? '')) continue;
    if (selfWords.has(norm)) return false;
    if (linkWords.has(norm) || /ly$/.test(norm)) continue;
    if (determiners.has(norm) || norm === 'it' || norm === 'you' || norm === 'they') return true;
    // A noun: find where its phrase starts, and whose it is ("my approach", "your approach", "the approach").
    let owner: 'self' | 'reader' | null = null;
    let phraseStart = i;
    for (let j = i - 1; j >= Math.max(clauseStart, i - 3); j--) {
      const before = norms[j] ?? '';
      if (selfWords.has(before)) owner = 'self';
      else if (before === 'your' || before === 'their') owner = 'reader';
      if (owner || determiners.has(before)) {
        phraseStart = j;
        break;
      }
    }
    // "my answer to the second question was a mess": the judged thing is before the preposition.
    if (prepositions.has(norms[phraseStart - 1] ?? '')) {
      i = phraseStart - 1;
      continue;
    }
    if (owner) return owner === 'reader';
    return readerTargets.has(norm) || readerTargets.has(norm.replace(/'s$/, ''));
  }
  return true;
}

// ---- suggestions ----

/** The stage of the process the message talks about ("final interview", "coding test"), if any. */
function stageIn(text: string): string | null {
  const match =
    /\b(?:the|my|your) ((?:(?:final|first|second|third|technical|coding|live|panel|behavioural|behavioral|system design|onsite|on-site|case|take-home|written|online|video|phone|hiring manager) )?(?:interview|round|test|exercise|take-home|presentation|assessment|task|case study|assignment|challenge))\b/i.exec(
      text,
    );
  return match?.[1]?.toLowerCase() ?? null;
}

const fixed = (sentence: string) => () => sentence;

/**
 * "I followed up after a second interview", "I had a second interview in March", "a second interview at another
 * company": a stage told as something that happened, or elsewhere, is not a request for one.
 */
function narratesStage(norm: string, index: number, length: number): boolean {
  const before = `${norm.slice(0, index).trimEnd()} `;
  const after = norm.slice(index + length);
  return (
    // "I have another final interview next Thursday": the writer's own diary ("Could I have another interview?" asks).
    /(?<!\b(?:could|can|may|might|would|will|should) )\bi (?:have|have got|am (?:doing|attending|sitting|having))(?: \w+)? $/.test(
      before,
    ) ||
    /\b(?:after|during|from|before|since|following|through|had|have had|attended|did|went to|invited(?: me)? to|inviting(?: me)? to|invitation to|invite(?: me)? to|(?:was|were|spoke|met|talked|saw you) (?:at|in)|made it to|reached|got (?:to|through)|passed|completed|sat|took)(?: \w+)? $/.test(
      before,
    ) ||
    /^ (?:\w+ ){0,3}?(?:at|with|for) (?:another|a different|an?other|a new) (?:company|employer|firm|organi[sz]ation|business)\b/.test(
      after,
    ) ||
    /^ (?:\w+ ){0,4}?(?:last|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|yesterday|ago|earlier)\b/.test(
      after,
    )
  );
}
/** Redoing an exercise alone, for practice, is not asking them for a second chance. */
const practiceAlone =
  /\b(?:on my own|by myself|in my own time|on my own time|for practice|as practice|at home|for myself|to practise|to practice)\b/;

/**
 * A turn that concedes the point: "I did cover the cache, but I see now I skipped failure modes". What comes
 * before it is the writer placing the feedback, not rebutting it.
 */
const concession =
  /\b(?:but|however|though|although|yet|so|and|still)\b.*\b(?:i (?:can |now |do |fully |completely |totally )?(?:see|understand|take|accept|agree|appreciate|realise|realize|recognise|recognize|hear|get)|it (?:helps|helped|is (?:useful|helpful|good|fair)(?! to say))|you are right|you were right|fair point|point taken|in hindsight|looking back|on reflection|in retrospect|in hindsight|(?:that|this|it) is (?:useful|helpful|good|fair) to know|not in the way|but not (?:under|in|with|as|at|for|quite|fully|always)|it (?:showed|shows)|i (?:should|could|need to|ought to) have|i (?:clearly |probably |obviously )?(?:skipped|missed|forgot|rushed|glossed over|skimmed|left out|did not (?:go|explain|give|show|spend|make|cover))|not (?:clearly|well|enough|deeply|in enough|in depth|in detail)|without (?:explaining|giving|showing|mentioning|quantifying|saying)|worth (?:fixing|working on)|which matches|(?:something|an area|a thing|one) (?:that )?i (?:really |clearly |definitely |obviously |will )?(?:need|have|ought|want|should) to (?:look at|work on|address|improve|fix|practi[sc]e|focus on|think about|take on board)|(?:point|comment|note|feedback|criticism|concern) (?:is|was|seems|feels) (?:\w+ )?(?:fair|right|valid|accurate|true|reasonable)|makes sense|made sense|fair enough|(?:more|longer|less|fewer|slower|faster) than i (?:expected|thought|realised|realized|planned|intended|meant)|which (?:is|was) (?:probably |likely |clearly |maybe |perhaps |definitely |surely )?(?:the|a|my) (?:real )?(?:gap|problem|issue|weakness|weak spot|mistake|difference)|(?:said|says|told me|noticed|thought|pointed out|mentioned|felt) (?:exactly |much |pretty much )?the same|(?:the|your|that) (?:[\w-]+ )?(?:point|comment|feedback|criticism)(?: about [\w-]+(?: [\w-]+)?)? (?:still |clearly |definitely |certainly |really )?stands|(?:that|it) is not (?:your|the panel 's|their) (?:problem|fault|concern)|(?:that|it) is no excuse|i will (?:practi[sc]e|work on|try|aim|focus|make sure|lead with|rework|fix|improve|tighten|shorten|cut)|i (?:probably|clearly|must have|may have|might have) (?:came|come|sounded|seemed)|i was (?:too |a bit |quite |very |visibly )?nervous)\b/;

/** A concession, unless it is itself doubted ("so I'm not sure it shows a gap" denies what "it shows" would grant). */
function concedes(norm: string): boolean {
  return concession.test(
    norm.replace(/\b(?:not sure|not convinced|unsure|doubt|doubtful) (?:that |whether |if )?[^,.;?!]*/g, ' '),
  );
}

/** "I don't disagree", "I wouldn't dispute that", "I can't argue with it": a rebuttal verb negated is agreement. */
const negatedDisagreement =
  /\b(?:do|does|did|would|could|can|will|am|really do|honestly do) not (?:\w+ )?(?:disagree|dispute|argue with|take issue|object|quarrel with|beg to differ)\b|\bno (?:argument|quarrel|disagreement) (?:from me|here|with (?:that|this|you))\b/;

/** "I should point out that your notes were spot on": what follows agrees with them rather than rebutting. */
function agreesAfter(ctx: MatchContext): boolean {
  const rest = ctx.sentence.norm.slice(ctx.normIndex);
  return (
    /\b(?:spot on|(?:was|were|is|are) (?:(?:completely|absolutely|quite|entirely) )?(?:right|fair|helpful|useful|accurate|valid|correct|true|spot on)|i agree|fair point)\b/.test(
      rest,
    ) && !/\bnot\b/.test(rest)
  );
}

/**
 * "Was there one area, such as my answer on budgeting, where I fell short?": a question that asks for one part or
 * names the part it means is the specific question the rule recommends, not the broad "why".
 */
function asksForOnePart(ctx: MatchContext): boolean {
  const before = ctx.sentence.norm.slice(0, ctx.normIndex);
  return (
    /\b(?:one|which|what|any|a|some|the|two|a couple of|one or two) (?:particular |specific |single |main )?(?:area|areas|part|parts|aspect|aspects|skill|skills|point|points|topic|topics|answer|answers|example|examples|thing|things|competency|competencies|section|sections|question|questions|round|stage|exercise|criterion|criteria)\b(?: (?:of|in) (?:my|the) [\w-]+(?: [\w-]+)?)?(?: ,)?(?: such as [^,]+,?)? $/.test(
      `${before.replace(/\s+$/, '')} `,
    ) ||
    /\b(?:such as|for example|for instance|e\.g\.) (?:my|the|in|on|how)\b/.test(ctx.sentence.norm) ||
    // "Was it the technical depth or more the communication side where I fell short?": named parts weighed.
    /^(?:(?:so|and|but) )?(?:was|is|would) it (?:more |mainly |mostly )?(?:the|my) [\w-]+(?: [\w-]+)? or (?:more |mainly |mostly |rather )?(?:the|my) [\w-]+/.test(
      ctx.sentence.norm,
    )
  );
}

// ---- the rules ----

const rules: ToneRuleDefinition[] = [
  {
    rule: 'tone.generic-why',
    message:
      'A broad "why didn\'t I get it?" usually gets a broad answer. Ask one or two specific, open questions about a part of the process instead.',
    suggest: (_ctx, text) => {
      const where = stageIn(text);
      return where
        ? `Is there one thing I could have done differently in the ${where} that would have made me a stronger candidate?`
        : 'Would you be willing to share one or two areas where I could have been a stronger candidate?';
    },
    patterns: [
      {
        // "So what was it then, if not my experience?": the real reason demanded once a named one is ruled out.
        re: /\bwhat (?:was|is) it (?:then |really |actually |exactly )?,? (?:if not|apart from|other than|besides) (?:my|the|that|a|an)\b/g,
        asked: true,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "what did I even do wrong": the inversion asks, with or without a question mark.
        re: /\bwhat (?:exactly |on earth )?(?:did|have|had) i (?:even |actually |really |possibly |exactly )?(?:do|done) (?:so )?wrong\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I am waiting your reasons", "awaiting an explanation for the decision": the reasons awaited as owed.
        re: /\b(?:waiting|awaiting|await|look forward to|looking forward to) (?:for )?(?:your|the|an?|some) (?:reasons?|explanation|justification|rationale)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        re: new RegExp(`\\b${whyCue}\\b(?: [^?.!;]{0,60}?)? ${outcome}`, 'g'),
        asked: true,
        negatable: false,
        // "Why the panel chose the other finalist is your call": the why as a subject, left to them; "I won't ask why it
        // went to someone else": the why set aside.
        check: (ctx) =>
          !leftToThem.test(ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length)) &&
          !/\b(?:not|never) (?:\w+ ){0,3}?ask\w* (?:you )?$/.test(ctx.sentence.norm.slice(0, ctx.normIndex)),
      },
      { re: /\bwhy ?(?:[.?!]|$)/g, asked: true, negatable: false },
      {
        // "Is there really nothing I could have done?": the outcome questioned as a whole.
        re: /\bis there (?:really|honestly|truly|genuinely|seriously) nothing (?:at all )?(?:that )?i (?:could|should|might) have (?:done|said|changed)(?: (?:differently|better|more))? ?(?:[?.!]|$)/g,
        asked: true,
        negatable: false,
        when: (p) => p.afterDecision && !p.feedbackReply,
      },
      {
        // "How does a strong case study turn into a no?": the outcome asked about through how it came to be.
        re: /\bhow (?:does|did|do|could|can|would) (?:[\w-]+ ){1,6}?(?:turn into|become|end (?:up )?(?:as|in|with)|lead to|result in) (?:a no|a rejection|no offer|the rejection|a decline)\b/g,
        asked: true,
        negatable: false,
      },
      {
        re: /(?:^|[,;:] )(?:(?:so|but|and|honestly|seriously|just|please|then|hello) (?:, )?)*(?:what|why|how come) (?:exactly |actually |really |on earth |specifically )?(?:happened|was (?:the|your) (?:problem|issue|reason|deal|concern|objection)|is (?:the|your) (?:problem|issue|reason|deal)|went wrong|not|me|was wrong(?: with me)?|was it)(?: there| then| here)? ?(?:[?.!]|$)/g,
        asked: true,
        negatable: false,
        when: (p) => p.afterDecision && !p.feedbackReply,
      },
      {
        when: (p) => p.afterDecision && !p.feedbackReply,
        re: /\b(?:what (?:exactly |specifically |really |actually |precisely )?(?:went|had gone|has gone|did go) (?:so )?wrong|where (?:exactly )?(?:did )?(?:i|it|things) (?:go|went|going) wrong|what (?:exactly )?(?:did|have) i (?:do|done|get|got|say|said) (?:so )?wrong|what i (?:did|got|have done|had done|said) wrong|where i (?:went|had gone|have gone) wrong|what (?:was|is) (?:so )?wrong with (?:me|my|the way i)|(?:something|anything) wrong with (?:me|my)|what (?:was|is) (?:the )?(?:problem|issue) with (?:me|my)|what did i (?:do|did) (?:so )?(?:badly|poorly)|(?:was|is) it (?:something|anything) (?:i (?:said|did|wrote)|about me)|what (?:was|is) it about (?:me|my \w+)|what (?:did|do|does) (?:you|they|the [\w-]+(?: [\w-]+)?) (?:not (?:like|want|see)|dislike|find lacking|object to)(?: about (?:me|my \w+))?|(?:where|how|why) (?:exactly )?(?:did )?i (?:fall|fell|come|came|fail|failed) (?:up )?(?:short|down))\b/g,
        asked: true,
        negatable: false,
        check: (ctx) => !asksForOnePart(ctx),
      },
      {
        re: /\b(?:(?:reasons?|reasoning|thinking|rationale|logic|grounds|basis|criteria|explanation) (?:for|behind|of) (?:(?:the|my|your|this|that|their) )?(?:no|rejection|decision|outcome|result|choice)|(?:reasoning|thinking|rationale|logic) behind (?:choosing|picking|selecting|rejecting|hiring|declining|going with)|on what (?:grounds|basis)|how (?:you|they|the [\w-]+|your [\w-]+) (?:\w+ )?(?:arrived at|reached|came to|got to) (?:a|the|your|this|that|their|its|his|her) (?:no|decision|conclusion|verdict|outcome|choice)|how (?:the|your|this|that) (?:decision|choice) (?:was|had been|got) (?:made|reached|taken|arrived at)|what (?:was|is) (?:the|your) (?:reasoning|thinking|rationale|logic)|reasons? (?:why )?(?:i|my \w+) (?:was|were|did|have|had) not|reasons? (?:for|behind) (?:rejecting|declining|turning down|not (?:selecting|hiring|choosing|progressing|offering)) (?:me|my)|(?:explain|justify|explanation (?:for|of)) (?:the|your|this|that) (?:decision|rejection|outcome))\b/g,
        asked: true,
        negatable: false,
      },
      {
        // "Help me make sense of this outcome", "Honestly, what would it have taken?": the outcome as a whole asked about.
        re: /\b(?:help me|could you help me|can you help me|would you help me) (?:to )?(?:make sense of|understand|get my head around) (?:this|the|your|that) (?:outcome|decision|rejection|result|no)\b|^(?:(?:so|honestly|seriously|and|but|then|just|ok|okay|well) ,? )*what (?:would|could) (?:it|i) have (?:taken|needed|had to (?:do|be|show))(?: (?:for me )?to (?:get|land|win|be offered|make) (?:it|the (?:job|role|offer|position)|an offer))? ?[?]/g,
        negatable: false,
        when: (p) => p.afterDecision && !p.feedbackReply,
        check: (ctx) => !asksForOnePart(ctx),
      },
      {
        // "I'm curious what the deciding factor was": the same broad why, asked as "what decided it".
        re: /\bwhat (?:(?:was|were|is) )?(?:the |your )?(?:deciding|decisive|determining|key|main|biggest|final|real|overriding) (?:factors?|reasons?|things?|differences?|considerations?)\b|\bwhat (?:(?:was|is) it that )?(?:finally |ultimately |really )?(?:tipped|swung|decided|clinched|settled|tilted) (?:it|things|the (?:decision|balance|scales|outcome))\b|\bwhat (?:finally |ultimately |really )?made the (?:difference|decision)\b/g,
        asked: true,
        negatable: false,
        futureSafe: true,
        when: (p) => p.afterDecision && !p.feedbackReply,
        // "…what tipped it: was it the certification level or the years of experience?": named parts weighed.
        check: (ctx) =>
          !/\b(?:was|is) it (?:more |mainly |mostly )?(?:the|my) [\w-]+(?: [\w-]+){0,3}? or (?:more |mainly |mostly |rather )?(?:the|my) [\w-]+/.test(
            ctx.sentence.norm.slice(ctx.normIndex),
          ),
      },
    ],
  },
  {
    rule: 'tone.second-chance',
    message:
      'Asking them to reverse the decision or re-run a stage puts them in an awkward spot and almost never works. Accept the decision and ask to be kept in mind for future openings.',
    suggest: (ctx, text) => {
      const where = /\b(?:re-?do|re-?take|re-?sit|another go|another attempt|try again)\b/.test(ctx.match[0])
        ? stageIn(text)
        : null;
      if (where)
        return `If you can share it, I'd value a pointer or two on where my ${where} fell short, so I can improve.`;
      return "I respect your decision, and I'd be glad to be considered for similar roles in the future.";
    },
    patterns: [
      {
        // "would you be willing to have it re-reviewed for the role?", "Is there any way I could skip the early rounds?":
        // the assessed work looked at again, or the process shortened into again.
        re: /\b(?:have|get|having|getting) (?:it|this|them|my [\w-]+(?: [\w-]+)?) (?:re-?reviewed|re-?assessed|re-?evaluated|re-?marked|re-?considered|re-?scored|looked at again|reviewed again|assessed again)\b|\bskip (?:the )?(?:early |first |initial |earlier |opening |screening )?(?:rounds?|stages?|screening|interviews?)\b/g,
        when: (p) => p.afterDecision,
      },
      {
        // "I froze on the final question; I'd like to answer it properly in a follow-up call before you decide": the
        // question re-sat before the decision.
        // "I'd be glad to go through that part again with you before you decide": any verb of doing or showing, and any
        // named part of what was assessed.
        re: /\b(?:answer|re-?answer|redo|revisit|tackle|have a go at|try|go through|go over|run through|walk you through|talk you through|present|do|sit|take) (?:it|that|this|them|those|(?:the|that|this|my) (?:[\w-]+ ){0,2}?(?:question|task|part|section|answer|exercise|test|case|problem|example|bit|presentation|demo|scenario)s?) (?:(?:with you|for you|for the panel|in person|once more) )?(?:properly|again|fully|better|more fully|in full)\b(?=[^.?!]*\b(?:(?:in|on|during|over) a (?:follow-up|second|further|short|quick|separate) (?:call|meeting|chat|conversation|session)|before (?:you|the panel|they|the team) (?:decide|make (?:a|the|your|their) (?:final )?decision)|before (?:a|the|any) (?:final )?decision)\b)/g,
        negatable: false,
      },
      {
        // "Has the offer been accepted yet? If not, I'm still very much available.": stepping in if the offer fails.
        re: /\b(?:if not|if (?:it|the offer|the contract|they|he|she) (?:has not|have not|is not|was not) (?:yet )?(?:been )?(?:accepted|signed|filled|confirmed|taken))\b(?: ,)? i am (?:still )?(?:very much |really |definitely |absolutely )?(?:available|interested|keen|here|ready)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          !ctx.match[0].startsWith('if not') ||
          (ctx.previous !== undefined &&
            /\b(?:offer|contract|role|position|job)\b[^.?!]*\b(?:accepted|signed|filled|taken|confirmed)\b/.test(
              ctx.previous.norm,
            )),
      },
      {
        // "If your new analyst ends up leaving, please think of me before you advertise": their hire's leaving as the
        // writer's way back in.
        re: /\bif (?:your|the) (?:new|chosen|successful|selected|current|recent) [\w-]+(?: [\w-]+)? (?:ends? up |does not |decides? to |should )?(?:leav\w*|quit\w*|mov\w+ on|resign\w*|walks? away|drops? out|stay|last|work out)\b[^.?!]*\b(?:think of me|consider me|keep me in mind|get in touch|call me|before you (?:advertise|re-?advertise|go out|post|recruit))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I wondered if I might send you a corrected solution tonight so it can be looked at alongside the others": the
        // assessed work redone and put before them again, before or after the decision.
        re: /\b(?:send|share|submit|forward|email|pass|give|offer|provide)\w* (?:you |the panel |them |over )?(?:a|an|my) (?:[\w-]+ )?(?:corrected|revised|improved|fixed|reworked|cleaned-up|updated|better|finished|completed|working|fuller|polished|tidied|new) (?:[\w-]+ )?(?:solution|answer|attempt|code|submission|exercise|test|case study|take-home|task|presentation|design|analysis|version)\b(?=[^.?!]*\b(?:looked at|look at|considered|consider|reviewed|review|assessed|assess|marked|scored|alongside|in place of|instead|for the panel|judged|evaluated|count|before (?:you|the panel|they) (?:decide|make))\b)/g,
      },
      {
        // "Please, is there really no way to be considered for the role now that I understand…?": the decided role asked
        // for again, in any kind written after the decision.
        re: /\b(?:no|any|some) (?:other )?way (?:for me )?(?:i could |i can |to )?(?:still )?be (?:re-?)?considered for (?:the|this|that) (?:same )?(?:role|position|job|post|vacancy)\b/g,
        when: (p) => p.afterDecision,
      },
      {
        // "the analyst you took on moved on already, so I guess the door might be open again for me": the decided place
        // seen as free again, for the writer.
        re: /\b(?:door|role|position|job|post|vacancy|spot|place|seat)s? (?:\w+ ){0,3}?(?:open|free|available|vacant|up for grabs) (?:up )?again\b/g,
        when: (p) => p.afterDecision,
        check: (ctx) => /\b(?:for me|i|me)\b/.test(ctx.sentence.norm),
      },
      {
        // "would you consider giving me a take-home version instead?": a different test asked for in place of the one
        // sat, before or after the decision.
        re: /\b(?:give|giving|let|set|send|sending|allow|offer|offering)\w* (?:me )?(?:a|an) (?:[\w-]+ )?(?:take-home|written|recorded|different|alternative|separate|second|new|revised|remote|longer) (?:version|test|task|exercise|assessment|attempt|round|challenge)\b[^.?!]*\binstead\b/g,
        negatable: false,
      },
      {
        // "Could I be put straight through to the final round this time?": the process skipped into again.
        re: /\b(?:put|fast-?track|move|send|take|go)\w* (?:me )?(?:straight |directly |right )?(?:through )?to (?:the )?(?:final|last|next|second) (?:round|stage|interview)\b(?=[^.?!]*\b(?:this time|again|straight|directly|skip\w*)\b)/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        // "until they've signed I'd love to remain in consideration": kept in the running for the decided role.
        re: /\b(?:remain|stay|be kept|still be|continue to be|keep (?:me|my application)) (?:in|under) (?:consideration|contention|the running|the mix)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        re: /\b(?:re-?consider(?:ing)?|revisit(?:ing)?|re-?evaluat(?:e|ing)|re-?assess(?:ing)?|revers(?:e|ing)|overturn(?:ing)?|re-?think(?:ing)?|re-?open(?:ing)?|appeal(?:ing)? against|appeal(?:ing)?) (?:your |the |my |this |that |their |of )?(?:decision|application|candidacy|outcome|verdict|choice|me|profile|result|rejection|(?:interview )?scores?|assessment|evaluation|marks|grading|ranking|case)\b/g,
      },
      {
        re: /\b(?:would you|could you|will you|can you|to|please|you might|you would|you will|you could) re-?consider\b/g,
      },
      {
        re: /\bre-?consider(?:ing)?\b/g,
        check: (ctx) => !/\b(?:i|we) (?:have |had |am |was |have been )?re-?consider/.test(ctx.sentence.norm),
      },
      { re: /\bchange (?:your|their|his|her) minds?\b|\bchange (?:the|your|this) (?:decision|outcome|result)\b/g },
      {
        // "I'd like a chance to prove it": after a decision, a chance to show them is a second chance.
        re: /\b(?:a|another|one more|one last|the|any) (?:\w+ )?chance to prove (?:it|myself|that|them wrong|you wrong|what i can do|my worth|my value|i can)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision && !/^(?:keep-in-touch|other-openings|referral-request)$/.test(p.kind),
      },
      {
        // "I'd like someone more senior to review my interview": the assessment asked to be done again by someone else.
        re: /\b(?:someone|somebody|a manager|a senior \w+|someone more senior|someone else|another (?:person|manager|interviewer|panel|assessor)|an independent \w+|a second (?:person|pair of eyes|assessor)) (?:\w+ ){0,2}?(?:to )?(?:review|re-?review|look (?:again )?at|re-?assess|re-?examine|go over|double-check|check|re-?mark) (?:my|the) (?:interview|application|candidacy|assessment|test|scores?|decision|case study|take-home|result|marking|scoring)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision && !/^(?:other-openings|keep-in-touch|referral-request)$/.test(p.kind),
        // "Could someone look at my application for the junior role that just opened?": a new application, not this one.
        check: (ctx) =>
          !/\b(?:new|other|different|another|junior|senior|newly) (?:[\w-]+ )?(?:role|position|opening|vacancy|post)\b|\b(?:just|recently|newly) (?:opened|posted|advertised)\b|\b(?:that|which) (?:has )?(?:just )?(?:opened|came up|opens|is opening|will open|starts)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "Is there any way at all?", "anything you can do?": the outcome itself asked to move, with nothing else named.
        re: /(?:^|[,;:] )(?:(?:so|but|and|please|honestly|then) )*(?:is there )?(?:any|no) (?:other )?(?:way|chance|hope|possibility)(?: at all| whatsoever)?(?: (?:left|still|around it))? ?(?:[?.!]|$)|\bis there (?:anything|something) (?:at all )?(?:you|anyone|the team|we) (?:can|could|might) (?:still )?do(?: (?:for me|about (?:it|this|that|the decision)))? ?(?:[?.!]|$)/g,
        asked: true,
        negatable: false,
        when: (p) => p.afterDecision && !p.feedbackReply,
      },
      {
        // "Thank you for giving me the opportunity to teach a sample class": a chance given, thanked for, not asked again.
        re: /(?<!\bthank(?:s| you)(?: \w+)?(?: again| once again| once more)? for )\b(?:give|giving|offer|offering|grant|allow|let) me (?:a|another|one more|a second|a final|a last|one last|just one more|a fresh|a new|the|any|some) (?:chance|shot|opportunity|go|try)\b(?! to (?:meet|learn|talk|speak|hear|discuss|visit|see|work with you in the future))/g,
        futureSafe: true,
        // "nobody is giving me a chance": the job market described, nothing asked of the reader.
        check: (ctx) =>
          !/\b(?:nobody|no one|no-one|no company|no employer|no firm|none of them)(?: \w+){0,3} $/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ),
      },
      {
        re: /\b(?:another|one more|a second|second|a final|one last|a fresh|just one) (?:chance|shot|go|try|attempt|opportunity|crack|stab|bash)\b(?! to (?:meet|catch up|talk|speak|chat|hear|learn|see|visit|discuss|connect|say))/g,
        futureSafe: true,
      },
      {
        re: /\b(?:interview(?:ing)?|be interviewed|try|be considered|compete|present|be assessed|take part|meet|answer|redo|show|demonstrate|walk (?:you|them|the panel) through) (?:[\w-]+ ){0,3}?(?:again|once more|one more time|a second time)\b|\bcome (?:back )?in (?:again|once more|for another)\b|\bcome back in\b(?= (?:and|to) )/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
        // "I'd love to meet again for coffee in the new year": meeting for its own sake, which keeping in touch is for.
        check: (ctx) =>
          !/^meet/.test(ctx.match[0]) ||
          (ctx.profile.kind !== 'keep-in-touch' &&
            !/\b(?:coffee|lunch|drinks?|dinner|breakfast|catch up|catch-up|a chat|socially|sometime|some time|in the new year|when you are|if you are ever)\b/.test(
              ctx.sentence.norm,
            ) &&
            // "I hope we'll meet again at the regional meeting in April": crossing paths at an event.
            !meetingAtEvent.test(ctx.sentence.norm)),
      },
      {
        re: /\b(?:another|a second|a further|one more|an additional|a new|a follow-up|a fresh) (?:(?:technical|final|face-to-face|in-person|formal|practical|coding|written|short|quick|full) )?(?:interview|round|stage|assessment|test|exercise|take-home|panel|meeting with the panel)s?\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
        check: (ctx) => !narratesStage(ctx.sentence.norm, ctx.normIndex, ctx.match[0].length),
      },
      {
        re: new RegExp(
          `\\b(?:re-?do|re-?take|re-?sit|re-?submit|re-?attempt|repeat|re-?run|have another go at|try again (?:at|with)|another go at|another attempt at|another crack at|do (?:the|my) \\w+ again) (?:the |my |this |that |a |your )?(?:[\\w-]+ ){0,2}?${stage}s?\\b`,
          'g',
        ),
        check: (ctx) => !practiceAlone.test(ctx.sentence.norm),
      },
      {
        re: /\b(?:if|should|in case|in the event that|in the event) (?:[\w']+ ){0,6}?(?:other|chosen|successful|selected|preferred|new|first-choice|first|top|winning|current|original|person you|candidate you) (?:candidate|hire|person|applicant|offer|appointee|choice|chose|hired|picked|selected)\b|\b(?:if|should|in case|in the event that) (?:your|the) (?:new|chosen|successful|selected|preferred) [\w-]+ (?:does not|did not|do not|will not|would not|can not|cannot|ends? up not|decides? not to) (?:take|accept|start|join|sign|want|work out|stay)\b/g,
        negatable: false,
      },
      {
        re: /\b(?:candidate|hire|offer|person|applicant|appointee|choice|whoever (?:you|they) (?:hired|chose|picked|selected|offered it to|went with))\b[^,.;?!]{0,30}? (?:does not work out|do not work out|did not work out|(?:ends? up |end up )?(?:saying|says|said) no|(?:ends? up )?declining|does not accept|falls through|fell through|fall through|declines|turns (?:it|the offer|the role|the job|you) down|backs out|pulls out|walks away|withdraws|does not start|does not stay|does not last|does not pan out|changes (?:his|her|their) minds?|decides (?:against (?:it|the \w+)|not to (?:join|accept|take|start|come)|(?:that )?(?:it is|the (?:role|job) is) not (?:for|right for) (?:him|her|them))|does not take (?:it|the (?:job|role|offer|position)|you up))\b/g,
        negatable: false,
      },
      {
        // "I know the other finalist had the fintech background. If they somehow turn it down, you know where I am": the
        // chosen person named before, then their falling through hoped for.
        re: /\bif (?:they|he|she) (?:\w+ )?(?:turn (?:it|the (?:offer|role|job|position)) down|turns (?:it|the (?:offer|role|job|position)) down|decline (?:it|the offer|the role)|declines (?:it|the offer|the role)|pulls? out|drops? out|backs? out|changes? (?:their|his|her) minds?|do not (?:accept|take it|start|last|work out)|does not (?:accept|take it|start|last|work out)|falls? through|walks? away)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          /\b(?:other|successful|chosen|preferred|new|selected) (?:candidate|finalist|applicant|person|hire)|\bsomeone else\b|\bwent with\b|\b(?:chose|picked|hired|offered (?:it|the role|the job) to)\b/.test(
            `${ctx.previous?.norm ?? ''} ${ctx.sentence.norm}`,
          ),
      },
      {
        // "would you at least let me shadow the team for a day so you can see how I work?": a trial offered to be seen
        // again after the decision.
        re: /\b(?:shadow|trial|work alongside|spend (?:a|the|half a) (?:day|morning|afternoon|shift)|come in (?:for|and)|pop in|do a (?:shift|day|session)|sit in)\b[^.?!]{0,60}?\bso (?:that )?(?:you|they|the team|the panel|your team) (?:can|could|would|will|might) (?:see|judge|watch|get a (?:sense|feel))\b/g,
        negatable: false,
        when: (p) => p.afterDecision && !/^(?:keep-in-touch|other-openings|referral-request)$/.test(p.kind),
      },
      {
        // "I know the shortlist's done, but could you pass my CV to the hiring manager anyway?": the closed step reopened.
        re: /\b(?:pass|send|forward|show|put|give|hand|take)\w* (?:on )?(?:my|me) (?:\w+ )?(?:cv|application|resume|portfolio|details|profile|name|case)\b[^.?!]{0,40}?\b(?:anyway|regardless|all the same|even so|nonetheless|nevertheless|in any case)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I noticed the job is still on your careers page, so I'd be happy to come back in": the closed process reopened
        // by the writer, because the role seems unfilled.
        re: /\b(?:to|i|me|could|can|would|will) (?:\w+ )?(?:come|pop|step|be invited|be brought) back in\b(?! (?:the |a |early |late )?(?:new year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|\d+|a (?:few|couple)|(?:few|couple of|some) (?:weeks|months)))|\b(?:is|are|remains?|seems|appears) still (?:open|live|advertised|up|unfilled|vacant|listed|on (?:your|the) (?:site|website|careers page|jobs board))\b[^.?!]*?\b(?:happy|glad|keen|love|willing|ready|available|interested|consider me|considered|throw)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        // "If it hasn't worked out, I'm still here and ready to step in": the hire's failure as the condition of an offer
        // to take their place.
        re: /\bif (?:it|that|things|this|they|he|she|the (?:hire|appointment|new (?:hire|starter|person))) (?:has not|have not|does not|do not|did not|does not end up|ends up not|is not|are not|was not|were not) (?:yet |really |quite )?(?:work(?:ed|ing)? out|pan(?:ned)? out|go(?:ing|ne)? (?:well|to plan)|a (?:good |great )?fit|the right fit|settl\w+(?: in)?)\b[^.?!]*?\b(?:still (?:here|around|available|keen|interested|free)|step in|ready to|think of me|consider me|in mind|(?:happy|glad|keen) to (?:step|come|join|take over|fill))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "If anything changes on my side, you'll be the first to know": the writer's own situation, nothing of theirs.
        re: /\bif (?:anything|things|the situation|the decision) (?:changes?|were to change|does not work out|do not work out)\b(?! (?:on|at) my (?:side|end)| for me| with me| in my)/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        re: /\b(?:give|giving|offer|offering) me (?:the|this|that) (?:job|role|position|post|offer)\b|\b(?:hire|choose|pick|select|take) me (?:instead|anyway|after all|over)\b|\b(?:you will|you would|you could|you might|would you|could you|will you) (?:\w+ )?(?:hire|choose|pick|select|take on) me\b/g,
      },
      {
        re: /\b(?:consider(?:ing)?|think(?:ing)? about) me (?:[\w-]+ ){0,4}?(?:again|instead)\b|\bconsider(?:ing)? me for (?:the|this|that) (?:same )?(?:role|position|job|post|vacancy)\b/g,
        futureSafe: true,
      },
      {
        re: /\b(?:throw|throwing|put|putting|toss|get|getting) (?:my )?hat back in(?:to)? the ring\b|\b(?:put|place|keep|take) me (?:back )?(?:in|into) (?:the running|consideration|the process|contention)\b|\bback (?:in|into) (?:the running|consideration|the process|contention)\b|\bstill (?:be )?(?:in the running|in contention|in the frame|in the mix)\b|\b(?:be|stay|remain|keep me) in the (?:frame|mix)\b|\b(?:still|any) (?:a )?chance (?:for me|that i|i could|i might|of (?:me|getting|being))\b/g,
      },
      {
        // "Is the door completely closed on this one?", "I'd be happy to answer any remaining doubts the panel has about
        // me", "a short video addressing the points I fumbled", "treat this as a first round and book a follow-up": the
        // decided contest reopened.
        re: /\b(?:is|was|are) the door (?:\w+ )?(?:closed|shut)\b|\bis the door (?:still )?open\b(?! (?:for (?:a|an) |to (?:apply|future)))|\b(?:address|answer|clear up|resolve|allay|settle) (?:any |the )?(?:remaining |outstanding |lingering )?(?:doubts?|concerns?|reservations|questions) (?:that )?(?:the panel|you|they|the team|the hiring manager|anyone) (?:still )?(?:have|has|had|may have|might have)\b|\b(?:send|sent|share|submit)\b[^.?!]{0,40}?\b(?:addressing|to address|answering|to answer|covering|clarifying|that addresses|that answers)\b[^.?!]{0,25}?\b(?:points?|concerns?|questions?|gaps?|doubts?|weak(?:nesses| spots)|bits|parts|areas)\b|\b(?:treat|count|see|consider) (?:this|it|that|today|the interview) as (?:a |the )?(?:first|practice|preliminary|trial) (?:round|go|attempt|run|interview|stage)\b|\bbook (?:a|another) follow-up(?: (?:interview|round|stage|assessment|panel))?(?= (?:interview|round|stage|assessment|panel|once|when|after)\b|\b(?! (?:call|chat|conversation|meeting)))/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
        // "Could we book a follow-up call so I can hear the feedback?", "a video answering the questions I fumbled, for my
        // own practice": feedback asked for, or practice alone.
        check: (ctx) =>
          !laterOrElsewhere.test(ctx.sentence.norm) &&
          !/\bnext year\b/.test(ctx.sentence.norm) &&
          !asksForFeedback.test(ctx.sentence.norm) &&
          !practiceAlone.test(ctx.sentence.norm),
      },
      {
        // "I'm happy to do a paid trial week so you can compare us side by side": after a decision, a contest re-run.
        re: /\bcompare (?:us|me|the two of us|me (?:with|against|to) (?:them|him|her|the other \w+|your (?:chosen|preferred) \w+|the successful \w+))\b|\b(?:side by side|head to head|head-to-head)\b|\b(?:paid |unpaid |short )?(?:trial (?:week|day|period|shift|task|project)|work trial)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
        // "If a role opens up later, I'd be glad to do a trial day": another opening, not this contest re-run.
        check: (ctx) =>
          !laterOrElsewhere.test(ctx.sentence.norm) &&
          !/\b(?:opens? up|comes? up|later|next year|new role|another role|other roles)\b/.test(ctx.sentence.norm),
      },
      {
        // "You've made an offer, but nothing is signed yet, is it?": the chosen candidate's offer hoped to fall through.
        re: /\b(?:nothing|the (?:contract|offer|paperwork)|it|anything) (?:is|has been|was|has) (?:not |been )?(?:signed|accepted|finali[sz]ed|confirmed) yet\b|\buntil (?:the (?:contract|offer|paperwork)|anything|it) is (?:signed|accepted|finali[sz]ed)\b|\bnot (?:yet )?(?:signed|accepted) (?:the|their|his|her) (?:contract|offer)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "still room for me to be considered alongside the other finalist": kept in the race that was decided.
        re: /\b(?:be |being |kept |remain |stay )?(?:considered|kept on|kept in mind|assessed|interviewed|included) (?:\w+ )?(?:alongside|together with|as well as|in addition to|in parallel with|next to) (?:the other|the successful|your chosen|the chosen|the preferred|the final|whoever|them|him|her|your (?:preferred|first|top) (?:choice|candidate))\b|\b(?:still )?(?:room|space|a place|a spot|a slot) for me (?:to be considered|in the (?:process|running|final|shortlist|last round)|on the shortlist|alongside)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        re: /\b(?:is|was) (?:the|your|this|that) decision (?:final|definite|set in stone|negotiable)\b|\b(?:the|your|this) decision (?:is|was) (?:final|definite|set in stone|negotiable)\b/g,
        asked: true,
        check: (ctx) =>
          ctx.sentence.isQuestion || /\b(?:whether|if)\b/.test(ctx.sentence.norm.slice(0, ctx.normIndex + 1)),
      },
      {
        re: /\b(?:change|affect|influence|alter|turn around|reverse) (?:the|this|that|my) (?:outcome|decision|result)\b/g,
      },
      { re: /\b(?:prove|show) (?:you|them) (?:wrong|that you were wrong)\b/g },
      {
        re: /\b(?:make|put|plead|argue|present|state) (?:my|the) case (?:again|once more|one more time|in person|directly|face to face|properly|in more detail|to (?:the|your) (?:hiring manager|panel|team))\b|\bplead my case\b|\bif that would help you (?:reconsider|change)\b/g,
      },
      {
        re: /\bif (?:you|they|the panel|the team) (?:\w+ )?(?:gave|give|offered|let|allowed) me (?:a|the|another|one more|one|just one) (?:chance|shot|opportunity|go)\b|\bre-?think(?:ing)? (?:things|it|this|that|the situation|your position|your thinking|matters|my case|my application)\b/g,
      },
      {
        re: new RegExp(
          `\\b(?:sit|take|do|redo|attempt|try|repeat|have a go at|go through) (?:the |my |this |that |your )?(?:[\\w-]+ ){0,2}?${stage}s? again\\b`,
          'g',
        ),
        check: (ctx) => !practiceAlone.test(ctx.sentence.norm),
      },
      {
        re: /\b(?:still|any|a|there) (?:a )?(?:way|chance|possibility|hope)\b[^.?!]{0,25}?\b(?:get|be offered|land|be hired|be considered for|join|have|win) (?:the|this|that) (?:job|role|position|offer|place)\b/g,
      },
      {
        re: /\b(?:give|take) (?:my (?:application|candidacy|cv|case|profile)|me) (?:another|a second|a fresh|one more|a final) (?:look|review|read|thought|chance)\b|\b(?:another|a second|a fresh|one more) (?:look|review|read) (?:at|of) my (?:application|candidacy|cv|profile|case)\b/g,
      },
      {
        re: /\b(?:convince|persuade|win over|change the minds? of) (?:you|them|the panel|the team|the hiring manager|your team)\b|\b(?:keep|leave) my (?:application|candidacy) (?:open|active|alive)\b|\b(?:do not|not|never) (?:close|withdraw|reject) my (?:application|candidacy) (?:yet|just yet)\b/g,
        negatable: false,
        // "What about my application didn't convince you?": what failed to convince, asked about, is no plea.
        check: (ctx) =>
          !/\b(?:future|next time)\b/.test(ctx.sentence.norm) &&
          !/\b(?:did not|could not|failed to|never|was not enough to|not enough to) (?:\w+ )?$/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ),
      },
      {
        re: /\b(?:decision|outcome|rejection|result) (?:\w+ )?(?:be |being |get |to be )(?:reversed|overturned|reconsidered|revisited|changed|appealed|re-?opened|looked at again|reviewed again)\b/g,
      },
      {
        re: /\bre-?open(?:ing)? (?:the|my|this|that) (?:role|position|vacancy|process|search|application|candidacy)(?: (?:to|for) me)?\b/g,
        futureSafe: true,
      },
      {
        // "let me shadow a shift so you can see me in action": a demonstration offered after the decision.
        re: /\b(?:shadow (?:a|one|your) (?:shift|day|team)|(?:see|watch) me (?:in action|at work|work)|(?:see|show you) what i (?:can|could) (?:really )?do)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        // "before anything is final", "don't let this be the end": stepping in before the decision closes.
        re: /\bbefore (?:anything|it|the decision|the offer|things|everything|that|this) (?:is|are|gets?|becomes?|has been) (?:\w+ )?(?:final|finali[sz]ed|signed|confirmed|settled|official)\b|\bbefore you (?:finali[sz]e|confirm|make (?:it|the decision|things) (?:final|official)|sign)\b|\b(?:do not|never) let (?:this|it|that|today) (?:be|mean) (?:the end|over|goodbye)\b|\b(?:this|it) (?:does not|need not|should not) (?:have to )?(?:be|mean) (?:the end|over)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Could you hold the decision until you've seen my revised portfolio?": the decision kept open for more.
        re: /\b(?:hold|pause|delay|postpone|defer|put on hold|hold off on|hold off) (?:the|your|any|a|this|that|making (?:the|a|your)) (?:final )?(?:decision|offer|appointment)\b|\b(?:hold|keep) (?:the|this|that) (?:role|position|job|offer|vacancy) (?:open|for me)\b/g,
        when: (p) => p.afterDecision,
      },
      {
        // "a second conversation so I can show you what I couldn't get across": a meeting asked for to re-make the
        // case after the decision, whatever the meeting is called (a conversation, a call, a coffee).
        re: /\b(?:so (?:that )?i (?:can|could|might)|to|in order to|where i (?:can|could)) (?:show|prove|demonstrate|convince|get across|convey|explain|put right|make up for) (?:to )?(?:you |them |the panel |the team |your team )?(?:what i (?:could not|did not|was not able to|failed to|did not manage to) (?:\w+ ){0,2}?(?:get across|show|convey|say|explain|demonstrate|express|articulate|communicate|do)|(?:that )?i (?:can|could|really can) (?:really )?(?:do (?:it|the job|better|this|the role)|handle (?:it|the role|the job))|(?:that )?i am (?:really )?(?:the right|capable|a better|better|stronger|worth)|my (?:real|true|full) (?:potential|ability|abilities|self|skills))\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        // "Let me prove myself", "the opportunity to prove myself": after a decision, asking to be tried again. Before
        // one ("the opportunity to prove myself in this role", in a thank-you) or about a future role, it is not.
        re: /\b(?:let|allow) me (?:to )?(?:prove|show) (?:myself|to you|you|it|that i|what i)\b|\b(?:chance|opportunity) to prove (?:myself|that i|you wrong)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
      },
      {
        re: /\btoo late (?:to|for me to) (?:be considered|be reconsidered|change|reconsider|apply|get back|join|interview|be put forward)\b|\b(?:still|yet) (?:be )?considered for (?:the|this|that) (?:role|position|job|post|vacancy)\b|\b(?:still|yet) (?:in the running|in contention|an option)\b/g,
      },
      {
        // "in case she changes her mind", "if the panel has a change of heart": hoping the decision turns around.
        re: /\b(?:change|changes|changing) (?:your|their|his|her|its) minds?\b|\b(?:a|any) change of heart\b|\bsecond thoughts\b|\b(?:see|sees|seeing|view|views|look at|looks at|judge|judges) (?:it|things|this|that|me|my (?:application|candidacy|profile|cv)) (?:differently|another way|in a different light)\b/g,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          !/\b(?:i|we) (?:\w+ )?(?:have|had|having|was|am)$/.test(ctx.sentence.norm.slice(0, ctx.normIndex).trim()),
      },
      {
        // "pass my details on to the hiring manager again": putting the same application back in front of them.
        re: /\b(?:pass|passing|send|sending|forward|forwarding|put|putting|share|sharing|show|showing|hand|handing|give|giving) (?:my (?:details|application|cv|resume|profile|name|candidacy|portfolio)|me) (?:on |back |over )?(?:(?:to|with|in front of) (?:the |your |her |his |their )?(?:[\w-]+ ){0,2}?)?(?:again|once more|one more time|a second time|back)\b|\b(?:look|looking|looks|have a look) (?:at |over )?(?:my (?:application|candidacy|cv|resume|profile|portfolio)|me) (?:again|once more|a second time)\b/g,
        futureSafe: true,
        when: (p) => p.afterDecision,
        // "if you look at my portfolio again you'll see…" brings evidence against the verdict (defensive), not a retry.
        check: (ctx) =>
          !/\bif you\b[^.?!]*\byou (?:will|would|could|can|might) (?:\w+ )?(?:see|find|notice)\b/.test(
            ctx.sentence.norm,
          ),
      },
    ],
  },
  {
    rule: 'tone.confrontational',
    message:
      'This reads as an accusation. Even if something went wrong, it ends the conversation; keep the message neutral and about what you can learn.',
    suggest: fixed('I was disappointed by the outcome, but I appreciate the time you and the team gave me.'),
    patterns: [
      {
        // "Maybe I dodged a bullet!": the rejection turned into a jibe at them.
        re: /\b(?:dodged a bullet|(?:a |had a )?lucky escape|(?:glad|relieved) i did not get (?:it|the (?:job|role|offer|position)))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "being told I 'lack passion' by someone who yawned through my presentation was a bit rich": the feedback called
        // hypocritical, or dismissed for the giver's conduct.
        re: /\b(?:(?:was|is|seems|seemed|felt|feels) (?:a bit |a little |rather |pretty |quite )?rich\b|rich coming from)|\bby (?:someone|somebody|an interviewer|a person|a panel|people|a manager) (?:who|that) (?:\w+ ){0,2}?(?:yawned|was late|arrived late|turned up late|checked|looked at (?:his|her|their) phone|was on (?:his|her|their) phone|did not (?:read|listen|look)|had not read|clearly had not|could not be bothered|spent)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Glad my ideas were useful to someone!": the writer's work said to have been taken.
        re: /\bglad (?:that )?my (?:ideas?|work|suggestions?|plans?|proposals?|pitch|designs?)\b[^.?!]*\b(?:useful|helpful|of use|came in handy|put to (?:good )?use)\b[^.?!]*\b(?:to someone|to somebody|after all|at least)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Your so-called feedback is just a list of buzzwords.": their feedback called empty.
        re: /\b(?:so-called|so called|supposed|alleged) (?:feedback|process|explanation|reasons?|review|assessment|interview|panel|decision)\b|\b(?:your|the|this|that) feedback (?:is|was) (?:just |only |merely |nothing but |little more than )(?:a (?:list|bunch|string) of )?(?:buzzwords|platitudes|clich\w+|boilerplate|waffle|jargon|generic|vague|meaningless|empty|a template)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Thanks for getting back to me eventually.": thanks with the delay pinned to it.
        re: /\b(?:thanks|thank you) (?:\w+ ){0,6}?(?:eventually|at long last|at last)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I do hope future candidates are given clearer instructions than I was": better treatment wished on the next.
        re: /\bi (?:do |really |sincerely |just )?hope (?:that )?(?:future|other|the next|later|new) (?:candidates|applicants|people|interviewees)\b[^.?!]*\b(?:better|clearer|more|proper|fairer|a reply|respect|courtesy|than i)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Twelve years of experience and I 'lack depth'", "Eight years in the industry and apparently I lack experience":
        // the record set against the verdict to mock it.
        re: /\b(?:\w+|\d+) (?:years?|decades?) (?:of [\w-]+ |in (?:the )?[\w-]+ |as (?:a|an) [\w-]+ )?(?:\w+ ){0,3}?(?:,? )?and (?:apparently |yet |still |somehow |now )?(?:i|my [\w-]+) (?:\W+ )?(?:lack|lacked|lacking|am not|was not|do not have|did not have|need more|am too|have no|had no|am under|am over)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "it's hard to take seriously from an interviewer who arrived twenty minutes late": the feedback dismissed for
        // who gave it.
        re: /\b(?:hard|difficult|tough|impossible) to take (?:\w+ ){0,3}?seriously\b|\bcoming from (?:someone|somebody|an interviewer|a panel|a company|a recruiter|a person|a manager|people) (?:who|that)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I wonder if a man would have been told the same", "Would a younger candidate have been asked that?": the
        // outcome put down to who the writer is, through someone who differs only in that.
        re: /\b(?:if|whether|would) (?:a|an|someone|somebody) (?:\w+ )?(?:man|woman|male|female|younger|older|white|native|local|british|english|able-bodied|childless|straight|non-disabled)(?: (?:candidate|applicant|person|speaker|one))? (?:would |might |could )?(?:have )?(?:been|got|gotten|get|be|received|heard|had)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "It would have been nice if the technical lead had turned up as planned": their no-show reproached as a wish.
        re: /\b(?:it would have been|would have been) (?:\w+ )?(?:nice|good|helpful|great|courteous|polite|useful) (?:if|had) (?:the|your|you|they|he|she|someone|anyone|somebody)\b[^.?!]*?\b(?:turned up|shown up|showed up|attended|been there|been present|read|looked at|prepared|bothered|been on time|arrived|let me know|told me|informed me|replied|warned me)\b/g,
        negatable: false,
      },
      {
        // "This is not honest.": their conduct called dishonest.
        re: /\b(?:this|that|it|you|your (?:\w+ )?(?:process|team|company|answer|reply|email|feedback)|the (?:\w+ )?(?:process|feedback|answer|reply)) (?:is|are|was|were|has been|have been|is just|was just) (?:not|hardly|far from) (?:(?:very|entirely|completely|fully|exactly|particularly) )?(?:honest|truthful|transparent|straight with me|ethical)\b|\b(?:dishonest|disingenuous)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Could you tell me what that question had to do with the role?", "What does my age have to do with it?": a
        // question put only to call something they asked or weighed irrelevant.
        re: /\bwhat (?:on earth |exactly |precisely )?(?:that|this|it|which|my [\w-]+(?: [\w-]+)?|(?:the|that|this|your|those|these) (?:[\w-]+ )?(?:questions?|comments?|remarks?|tests?|tasks?|exercises?|criteri\w+|requirements?|points?)) (?:\w+ )?(?:has|have|had|does|do|did) (?:\w+ )?(?:to do|anything to do) with\b/g,
        asked: true,
        negatable: false,
      },
      {
        // "counted for less than knowing the right people", "the job went to a friend of the director": the decision
        // put down to favour rather than merit.
        re: /\b(?:knowing|know|knew) the right (?:people|person|names?)\b|\bwho (?:you|they|one) know\b|\b(?:the right|inside|personal) connections\b|\bfriends? in (?:high|the right) places\b|\b(?:nepotism|favou?ritism|cronyism|jobs for the (?:boys|mates|lads)|old boys (?:club|network))\b|\b(?:went|go|goes|given|gave (?:it|the job|the role|the position)|offered (?:it|the job|the role|the position)) to (?:someone|somebody|a candidate|an applicant|the person|a person)? ?(?:who (?:is|was) )?(?:a |an )?(?:\w+ )?(?:friend|mate|relative|nephew|niece|cousin|former colleague|old colleague) of\b|\b(?:went|go|goes|given|gave (?:it|the job|the role|the position)|offered (?:it|the job|the role|the position)|hired|chose|picked) (?:to )?(?:someone|somebody|a candidate|an applicant|a person) (?:from|out of|who (?:knows|knew|worked with|used to work with|came from)) (?:your|their|his|her|the (?:manager|director|ceo|founder|boss)(?: 's)?) (?:own |old |former |previous )?(?:team|company|firm|circle|network|school|university|friends|department)\b/g,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          !/^(?:knowing|know|knew|who)\b/.test(ctx.match[0]) ||
          /\b(?:count\w*|matter\w*|more than|less than|mattered|came down to|comes down to|come down to|coming down to|all about|over (?:my|me|experience|merit)|beat|instead|rather than|went to|got the|clearly|obviously|apparently|seems|seemed|suppose|guess|assume|funny|interesting|wonder)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "I'm sure that was plenty of time to get to know me", "I hope the next candidate gets more than five minutes of
        // his attention": sufficiency granted with mock certainty, or more wished on the next person: sarcasm about how
        // little the writer was given.
        re: /\b(?:i am sure|i bet|no doubt|surely|i am certain)\b[^.?!]{0,40}?\b(?:was|were|gave you|gave them) (?:plenty|ample|more than enough|enough|sufficient|all the time)\b|\b(?:next|other|future) (?:candidates?|applicants?|persons?|people|ones?)\b[^.?!]{0,15}?\b(?:gets?|receives?|is given|are given|has|have) (?:a (?:bit |little )?)?(?:more|longer|better|fairer|proper|real|closer)\b|\bmore than (?:a few|a couple of|two|three|five|ten|fifteen|twenty|\d+)[- ](?:minutes?|seconds?|mins?) of (?:[\w']+ ){1,3}?(?:attention|time|focus|consideration|interest)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I do wonder whether my age had anything to do with it", "I mentioned my maternity leave. I wonder whether that
        // shaped the decision": a reason other than merit suggested for the outcome, without saying it outright. The
        // writer's own performance as the reason ("whether my SQL answer played a part") is a fair question.
        re: /\b(?:wonder(?:ed|ing)?|suspect(?:ed)?|ask(?:ing)? myself|can not help (?:but )?(?:thinking|wondering|feeling)|curious|question(?:ing)?|doubt) (?:whether|if|that)\b([^.?!]{0,60}?)\b(?:had (?:anything|something|much|a lot|more|everything) to do with|played (?:a|any|some|a big|a large|its) (?:part|role)|(?:shaped|influenced|swayed|coloured|colored|affected|decided|tipped|factored into|weighed on) (?:the|your|their|that|this) (?:decision|outcome|choice|result|verdict|call|panel)|factored in|was (?:the real|the actual|really the) reason|(?:counted|went|worked|was held) against me)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => {
          const cause = ` ${(ctx.match[1] ?? '').trim()} `;
          if (personalGround.test(cause)) return true;
          if (/ (?:my|i) /.test(cause) || ownPerformance.test(cause)) return false;
          // "that", "this", "it": what the sentence before said, unless it was the writer's own performance.
          if (/^ (?:that|this|it|the fact|all that|any of (?:that|this)) /.test(cause))
            return !ownPerformance.test(ctx.previous?.norm ?? '');
          return readerSideCause.test(cause);
        },
      },
      {
        // "Congratulations on finding someone cheaper", "you went with someone younger": the choice put down to cost
        // or age rather than merit.
        re: /\b(?:someone|somebody|a candidate|an applicant|a person|a graduate|a kid|people|whoever) (?:(?:much|far|a lot|a bit|so much|a good deal) )?(?:cheaper|younger|on (?:a )?(?:lower|smaller|cheaper) (?:salary|pay|wage|rate)|who (?:costs?|will cost|would cost) (?:you )?less|(?:willing|happy|prepared|content) to (?:work|do it) for less|(?:willing|happy|prepared|content) to (?:accept|take) (?:less|a lower (?:salary|rate)))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => !/\b(?:understand\w*|makes sense|fair enough|i can see why|budget)\b/.test(ctx.sentence.norm),
      },
      {
        // "Lovely to know that eight years of experience counts for so little at your firm": merit said to be worth
        // nothing to them.
        re: /\b(?:counts?|counted|matters?|mattered|means?|meant|is worth|was worth|are worth|were worth) (?:for )?(?:so little|nothing|very little|little|not much|nothing at all|zero|so little to you)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          /\b(?:at|to|in|for|with) (?:your|the) (?:firm|company|team|organi[sz]ation|business|panel|place|board|school|trust|agency|hospital|council)\b|\bto (?:you|them|the panel|your [\w-]+)\b|\b(?:there|these days|apparently|clearly|evidently|obviously)\b|^(?:(?:so|well) )?(?:lovely|nice|good|great|glad|reassuring|wonderful|fascinating|refreshing|heartening|interesting|funny) (?:to (?:know|see|learn|hear|discover|find out)|that)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "Is this how you treat everyone who gives up a day for you?", "What's the point of a take-home if nobody looks
        // at it?": a question asked only to reproach.
        re: /\bis (?:this|that) (?:really )?how (?:you|your [\w-]+|the (?:company|team|firm|panel)|they) (?:\w+ )?(?:treat|thank|reward|repay|handle|deal with|respond to|speak to|talk to|welcome|communicate with)\b|\bhow you (?:\w+ )?treat (?:everyone|everybody|anyone|anybody|people|candidates|applicants|those|the people)\b|\bwhat (?:is|was) the point (?:of|in) [^.?!]{0,50}?\bif (?:nobody|no one|you|they|the [\w-]+|your [\w-]+) (?:\w+ )?(?:not|never|does not|do not|did not|is not|are not|will not|looks?|reads?|bothers?|even|ignores?|just)\b|\bwhy (?:even )?bother (?:with|setting|asking|sending|having) [^.?!]{0,40}?\bif (?:nobody|no one|you|they|the [\w-]+|your [\w-]+)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "I've always admired how you treat candidates": praise, unless a sting comes with it.
        check: (ctx) => !praise.test(ctx.sentence.norm) || sting.test(ctx.sentence.norm),
      },
      {
        // "Thanks for the detailed feedback (all two lines of it)", "Great to finally hear back, only five weeks later":
        // thanks or praise taken back in the same breath.
        re: /\ball (?:one|two|three|four|five|\d+) (?:lines?|sentences?|words?|minutes?|seconds?|paragraphs?) of (?:it|them)\b|\b(?:great|nice|lovely|good|wonderful|fantastic|glad|kind of you|thanks|thank you|appreciated?) (?:\w+ ){0,2}?(?:to|for) (?:finally|eventually|at last) (?:hear|hearing|get|getting|reply|replying|respond|responding|answer|answering|come back|coming back|write|writing)\b|\bonly (?:a few |several |two |three |four |five |six |\d+ )?(?:weeks|months) (?:later|late|after)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "I started at Monzo only three weeks later": a delay counts against them only when it is their reply's.
        check: (ctx) =>
          !/^only/.test(ctx.match[0]) ||
          /\b(?:hear\w*|heard|reply|replied|response|respond\w*|answer\w*|back|email|feedback|news|word|decision|rejection)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "Mistakes were clearly made in how my application was handled": blame put in the passive, nobody named but them.
        re: /\b(?:mistakes|errors) (?:were|have been|had been) (?:clearly |obviously |definitely |certainly |evidently |undoubtedly )?made\b|\b(?:my (?:application|candidacy|interview|feedback request|case)|the (?:process|interview|recruitment|hiring)(?: process)?) (?:was|were|has been|had been) (?:\w+ )?(?:mishandled|badly (?:handled|managed|run)|(?:handled|managed|run) (?:badly|poorly|carelessly|appallingly|terribly))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "Mistakes were made on my side": the writer owning them.
        check: (ctx) =>
          !/\b(?:on my (?:side|part)|by me|mine|i made|my own)\b/.test(ctx.sentence.norm) ||
          /\b(?:you|your)\b/.test(ctx.sentence.norm),
      },
      {
        // "guess I wasn't good enough for you", "Unbelievable.": a shortfall conceded in mockery, or exasperation with
        // nothing else said.
        re: /\b(?:guess|suppose|apparently|clearly|obviously|evidently|i take it|lol)\b[^.?!]{0,12}?\b(?:i|me) (?:was|am|were|was just|am just|am simply|was simply)? ?not (?:\w+ )?(?:\w+ )?enough for (?:you|your (?:standards|lot|highness|majesty)|the likes of you|you people|you lot)(?! yet)\b|^(?:(?:just|simply|frankly|honestly|truly|absolutely|wow) ,? )?(?:unbelievable|unreal|typical|wow ,? just wow|wow|classic)(?: ,? (?:really|honestly|seriously|just unbelievable))? ?[.!?]*$/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "I guess I wasn't senior enough for you yet, which I accept": the shortfall accepted, not mocked.
        check: (ctx) =>
          !acceptsIt.test(ctx.sentence.norm) && !/\b(?:accept|fair|understand\w*)\b/.test(ctx.sentence.norm),
      },
      {
        // "Very specific, thanks 🙄", "THIRD EMAIL. STILL NOTHING.", "I suppose that was just words": an eye-roll or a
        // shout after a decision, or their promise called empty.
        re: /^.|\b(?:that|it|this|those|which|these) (?:was|were|is|are) (?:just|only|merely|all|nothing but) (?:words|talk|empty words|empty promises|lip service|for show|marketing|pr|a line|a slogan)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          ctx.match[0].length > 1 ||
          (eyeRoll.test(ctx.sentence.text) && !/[😊🙂🙏😀😃😄❤]/u.test(ctx.sentence.text)) ||
          shouted(ctx.sentence.text),
      },
      {
        // "I hope you treat your next applicants with a bit more respect", "maybe future candidates will be treated
        // better": better treatment wished on whoever comes next, a reproach of how the writer was treated.
        re: /\b(?:treat|treats|treated|treating|handle|handles|handled|deal with|dealing with)\b (?:[\w-]+ ){0,3}?(?:candidates|applicants|interviewees|people|the next (?:one|person|candidate|applicant)|whoever (?:comes |applies )?next)\b[^.?!]{0,30}?\b(?:(?:with )?(?:a (?:bit|little|lot|great deal) |some |much |far |basic |common )?(?:more |better )?(?:respect|courtesy|consideration|dignity|decency|humanity)|(?:a (?:bit|little|lot) |much |far )?(?:better|more fairly|more kindly|more politely|more carefully|more seriously|more professionally|properly|fairly|decently))\b|\b(?:next|future|other|later) (?:candidates?|applicants?|interviewees?|people|persons?|ones?)\b[^.?!]{0,20}?\b(?:is|are|will be|get|gets|be) (?:treated|handled|dealt with)\b (?:[\w-]+ ){0,2}?(?:better|more|with|properly|fairly)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "I treat my own candidates better since…": the writer's conduct, not theirs.
        check: (ctx) =>
          !/\b(?:i|we)(?: (?:always|also|still|now|would|will|do|try to|always try to|make sure to))? $/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ) && !/\bmy (?:own )?(?:candidates|applicants|team)\b/.test(ctx.match[0]),
      },
      {
        // "a bit rich to mention attention to detail", "Kind of you to finally reply", "Amazing how quickly … turned into a
        // two-line email": irony, where praise or wonder is aimed at a slight.
        re: /\b(?:a (?:little|bit|touch)|rather|pretty|quite|(?:it|that) is) rich (?:to|of you|coming from|for (?:you|a company|an? \w+) to|when|given|considering|seeing as|since|after)\b|\b(?:kind|good|nice|decent|gracious|thoughtful|generous|big) of (?:you|them|the [\w-]+|your [\w-]+) to (?:(?:finally|eventually|at last)\b|(?:find the time|get back|reply|respond|write back|answer)\b(?=[^.?!]*\b(?:weeks|months) (?:after|later|on)\b))|^(?:[\w-]+ ,? )?(?:(?:it is|how) )?(?:amazing|funny|interesting|strange|odd|curious|remarkable|incredible|telling|ironic|convenient) (?:how|that)\b(?=[^.?!]*\b(?:two-line|one-line|template|form (?:email|letter|rejection)|automated|generic|boilerplate|so quickly|how quickly|silence|no (?:reply|one|word|feedback)|never|nobody|internal\w*|already (?:filled|chosen|decided|gone)|after (?:all|three|four|five|six) (?:rounds|interviews|stages)|still (?:live|up|open|advertised)|re-?posted|re-?advertised)\b)/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "a company that talks so much about inclusion would at least explain", "forty slides, and not a single question":
        // their stated values, or the writer's effort, set against a neglect.
        re: /\b(?:a company|an organi[sz]ation|a firm|a team|an employer|a business|your (?:company|firm|team|organi[sz]ation)) (?:that|which|who) (?:talks?|preaches|preach|boasts?|prides? (?:itself|yourselves|themselves)|claims?|shouts?|posts?) (?:so much |so loudly |so often |a lot |constantly )?(?:(?:about|on|of|to value|to care) )?|\b(?:assumed?|expect(?:ed)?|thought|hoped|imagined?|would (?:have )?think) (?:that )?(?!i\b|my\b)(?:[\w-]+ ){1,10}?(?:to|would|could|might) (?:have |show |know )?(?:\w+ )?(?:at least|better (?:manners|sense)|the (?:courtesy|decency|manners)|more (?:courtesy|respect|manners|warmth|care|consideration|humanity|kindness))\b|\b(?:rather be|rather have been) (?:anywhere|somewhere) else\b|\b(?:had|have|has|found|find|made) (?:the )?time to\b[^.?!]*\b(?:just|but|yet|and) (?:not|never|no time) (?:\w+ )?(?:to )?(?:reply|respond|answer|write back|get back)\b|\b(?:says|tells me|told me|speaks|reveals|shows) (?:far |much |a lot |rather |a great deal )?more about (?:you|your [\w-]+|the (?:company|team|panel|firm|process)|(?:the|your|their) [\w-]+ 's [\w-]+) than (?:about )?(?:me|my|it does about|the work|the candidate|the answers?)\b|\b(?:dressed up as|disguised as|masquerading as|passed off as)\b|\b(?:unpaid|free) (?:work|labour|labor|consulting|consultancy|ideas|designs?|strategy|strategies|advice|solutions?|content|copy|code|research|marketing plans?)\b|\ba way (?:for you |for them )?to (?:get|collect|harvest|extract|obtain|gather|source|crowdsource|mine) (?:\w+ )?(?:ideas|work|solutions|designs|strategies|advice)\b|\bnot (?:a single|one|even one|so much as a) (?:question|word|comment|mention|look|glance|reply|response|acknowledg\w*|thank you|thanks|follow-up)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => !praiseAfterTurn(ctx.sentence.norm),
      },
      {
        // "decided I lacked energy after watching me for ten minutes": a verdict said to rest on a moment of their time.
        re: /\b(?:decided|decide|judged|judge|concluded|conclude|assessed|dismissed|written off|wrote me off|rejected|ruled me out|made up (?:\w+ )?minds?)\b[^.?!]{0,60}?\b(?:after|in|within|for|on the strength of|on the basis of|from|based on)(?: [\w-]+){0,3}? (?:just |only |barely |a mere )?(?:a (?:quick |brief |single )?(?:glance|skim)|(?:a few|a couple of|one|two|three|five|ten|fifteen|twenty|\d+)[- ](?:minutes?|mins?|seconds?))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "a decision you seem to have reached in an afternoon", "the spec was written for one specific person", "a lesson
        // in how not to run a hiring process": a verdict made in haste, a role settled in advance, a process ridiculed.
        re: /\b(?:decision|verdict|judge?ment|conclusion|call|choice)\b[^.?!]{0,40}?\b(?:reached|made|taken|took|came to)\b (?:in|within|after|over) (?:just |only |barely |a mere |about )?(?:an afternoon|a morning|an hour|half an hour|a lunch break|a coffee break|no time|seconds|minutes|(?:a few|a couple of|one|two|three|five|ten|fifteen|twenty|\d+)[- ](?:minutes?|mins?|seconds?))\b|\b(?:written|tailored|designed|made|created|drafted|built) (?:for|around|with) (?:one (?:specific |particular |certain |single )?|a (?:specific|particular|certain|single|named) )(?:person|candidate|individual|insider)\b|\b(?:already|always) had (?:someone|somebody|a candidate|one person|a name) in mind\b|\bhad (?:someone|somebody|a candidate|one person|a name) in mind (?:all along|from the start|before|already)\b|\bhow not to (?:run|do|treat|hire|handle|conduct|manage|interview|recruit|organi[sz]e|communicate)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "It would have been courteous to at least switch your camera on": their conduct measured against a courtesy
        // they skipped.
        re: /\b(?:it )?would have been (?:\w+ )?(?:courteous|polite|decent|professional|respectful|good manners|common courtesy|basic courtesy|considerate)\b|\b(?:it )?would have been (?:\w+ )?(?:nice|good|helpful|kind|fair|better) (?:to at least|if (?:you|someone|anyone|somebody|the [\w-]+|your [\w-]+) (?:had )?(?:at least|bothered|actually|even)|for (?:you|someone|anyone|the [\w-]+) to (?:at least|bother|actually|even))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "It would have been polite of me to…" is the writer's own lapse.
        check: (ctx) =>
          !/^ (?:of me|for me|if i|on my part)\b/.test(ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length)),
      },
      {
        // "You'll forgive me if I don't take the careful consideration line too seriously": their words held up as hollow.
        re: /\b(?:do not|can not|could not|find it hard to|struggle to|hard to|difficult to) (?:\w+ )?take (?:the|your|that|this|their|such) [^.?!]{0,40}?\b(?:line|lines|excuse|excuses|explanation|reason|answer|claim|claims|promise|promises|statement|feedback|words|phrase|template|boilerplate)s? (?:too |very |all that |entirely |at all )?seriously\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        re: /\b(?:unfair|unjust|biased|rigged|stitched up|discriminatory|ridiculous|absurd|outrageous|unacceptable|disgraceful|shameful|insulting|offensive|unprofessional|incompetent|rude|disrespectful|dismissive|condescending|patroni[sz]ing|arrogant|appalling|shocking|pathetic|a joke|a farce|a sham|a (?:complete |total |real |bit of a )?mess|a shambles|shambolic|a (?:complete |total )?waste of (?:my |everyone's )?time|broken|flawed|for show|a formality|a box-ticking exercise|a tick-box exercise|stacked against me|pre-?decided|predetermined|a done deal|hostile|chaotic|amateurish|a (?:complete |total )?disaster|a (?:complete |total )?joke|terrible|awful|horrible|disgusting|laughable|pointless|meaningless|irrelevant|useless|a set-?up|a stitch-?up|clueless|lazy|careless|sloppy|amateur|(?:completely |totally )?(?:unprepared|not prepared)|a shame that you|cold and|arbitrary|nonsense|a scam)\b(?! (?:me|of me|to ask|to expect|for me to ask|on you|to you))/g,
        accusesReader: true,
        check: (ctx) => !/^(?:not prepared)/.test(ctx.match[0]) || !isNegated(ctx.sentence, ctx.at - 1),
      },
      {
        re: new RegExp(
          `\\b${them} (?:have |has |are |is |were |had |would )?(?:clearly |obviously |really |just |simply |definitely |surely |honestly )?(?:made|make|making|have made) (?:a|an|the)? ?(?:big |huge |terrible |serious |grave |massive |real |costly |major )?(?:mistake|error|wrong (?:call|decision|choice)|bad (?:call|decision|choice)|poor (?:call|decision|choice)|misjudge?ment)\\b`,
          'g',
        ),
      },
      {
        re: new RegExp(
          `\\b(?:${them}|nobody|no one|that|who|which|a company|an? (?:panel|interviewer|recruiter|team)|whoever(?: [\\w-]+){1,3}?) (?:\\w+ )?(?:${negated}|clearly did not|obviously did not) (?:even )?(?:bother to |bothered to |properly |actually |really |even |once )?(?:read|look at|looked at|look beyond|looked beyond|look past|looked past|get past|got past|read past|read beyond|listen|listened|understand|understood|check|checked|consider|considered|review|reviewed|pay attention|paid attention|bother|bothered|run (?:the|my) (?:code|tests?|solution|app|project)|test (?:the|my) (?:code|solution|app)|open (?:the|my) (?:\\w+ )?(?:file|attachment|link|portfolio|repo|repository)|give me a (?:fair |proper |real )?(?:chance|hearing|shot)|given me a (?:fair |proper |real )?(?:chance|hearing|shot)|take me seriously|taken me seriously|let me (?:finish|speak))\\b`,
          'g',
        ),
        negatable: false,
        // "You're right that I didn't read the brief": after "that", "who" or "which" the writer may be the subject.
        check: (ctx) => !/^(?:that|who|which) (?:i|we)\b/.test(ctx.match[0]),
      },
      {
        re: /\b(?:waste(?:d|s)?|wasting) (?:of )?(?:my|our) (?:time|day|evening|weekend|afternoon|morning|effort|energy)\b|\bwasted (?:a |an |the |whole |entire )*(?:day|week|hours?|afternoon|morning) of my\b|\b(?:waste(?:d|s)?|wasting) (?:my|our) (?:whole |entire |precious |only )?(?:saturday|sunday|weekend|holiday|annual leave|day off|leave|week|evening)\b/g,
      },
      {
        re: /\b(?:discriminat\w*|racist|racism|sexist|sexism|ageist|ageism|prejudiced?|bias(?:ed)? against|because (?:of )?my (?:age|gender|race|accent|disability|religion|ethnicity|nationality|name|sexuality|pregnancy|skin)|because i am (?:a woman|too old|older|disabled|pregnant|foreign))\b/g,
      },
      {
        re: new RegExp(
          `\\b(?:${them}|someone) (?:\\w+ )?(?:lied|lie|lies|misled|mislead|deceived|tricked|strung me along|led me on|played games)\\b|\\b(?:dishonest|liars?|lying to me)\\b`,
          'g',
        ),
      },
      {
        re: new RegExp(
          `\\b(?:${them}|the (?:assessors?|interviewers?|manager|director|lead|head|cto|ceo|founder|recruiter|board|partners?|owner|examiners?|judges?)) (?:had |have |has |would )?(?:clearly |obviously |probably |surely )?(?:already )?(?:decided|made up (?:his|her|their|your|its) minds?|made (?:his|her|their|your|its) minds? up|chosen|picked|had someone)(?= already| before| from the start| the moment| as soon as| within| in the first)|\\b${them} (?:had |have |has |would )?(?:clearly |obviously |probably |surely )?already (?:decided|made up (?:his|her|their|your|its) minds?|made (?:his|her|their|your|its) minds? up|chosen|picked|had someone)|\\bmade (?:up (?:his|her|their|your|its) minds?|(?:his|her|their|your|its) minds? up) (?:already|before|from the start|within|in the first|after (?:the first|five|ten|a few))\\b|\\bnever (?:intended|planned|meant) to (?:hire|offer|consider)\\b|\\bjust going through the motions\\b|\\b(?:obviously|clearly) (?:hired|wanted|had) (?:someone )?(?:internal|internally|an internal)`,
          'g',
        ),
      },
      {
        re: /\b(?:how dare|shame on|you should be ashamed|your loss|you will regret|you will be sorry|you are going to regret|treated (?:me )?(?:unfairly|badly|poorly|disrespectfully|terribly|appallingly|like dirt|like a number)|(?:felt|feel|was|were|am) (?:insulted|disrespected|humiliated|mistreated|belittled|ignored|cheated|set up to fail))\b/g,
      },
      {
        re: /\b(?:your|the|this|that) (?:hiring |final )?(?:decision|choice|call|judge?ment|verdict|conclusion) (?:is|was|seems) (?:\w+ )?(?:wrong|mistaken|incorrect|a mistake|flawed|misguided|short-?sighted|unfair|absurd|ridiculous)\b/g,
      },
      {
        re: /\b(?:serious |grave |huge |big |real |major )?(?:error|errors|mistake|lapse|failure) (?:of|in) judge?ment\b(?! on my part)/g,
      },
      {
        // "I think you are wrong about my experience", "your panel got it wrong": the reader themselves judged wrong.
        re: new RegExp(
          `\\b${them} (?:(?:are|were|is|was|have been|has been)|(?:(?:have |has |had )?(?:got|gotten|get)) (?:it|this|that|me|my \\w+|things)) (?:(?:clearly|simply|just|completely|totally|quite|so|very|absolutely|plainly|dead|badly|entirely) )?(?:wrong|mistaken|incorrect)\\b`,
          'g',
        ),
        when: (p) => p.afterDecision,
      },
      {
        // "the decision was not correct": their decision judged by denying it a virtue.
        re: /\b(?:your|the|this|that) (?:hiring |final )?decision (?:is|was|seems|seemed) (?:simply |just |really |clearly )?(?:not|hardly) (?:\w+ )?(?:correct|right|fair|justified|reasonable|sound|well-founded|the right (?:one|call|choice))\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        re: /\b(?:treated|handled|spoken to|talked to|dealt with) (?:me )?(?:so |very |really |this |that |extremely |incredibly )?(?:unfairly|badly|poorly|rudely|disrespectfully|terribly|appallingly|dismissively|unprofessionally)\b/g,
        negatable: false,
      },
      {
        re: /\b(?:whoever[\w ]{0,30}?|you|they|he|she|the [\w-]+|your [\w-]+) (?:\w+ )?(?:has|have|had) (?:absolutely )?no (?:idea|clue)\b|\b(?:more interested in|busy with|distracted by|looking at|checking|glued to|on) (?:their|his|her) (?:laptops?|phones?|screens?|emails?|watch(?:es)?)\b/g,
      },
      {
        re: /\b(?:has|had|have|with) (?:an|a real|a bit of an|such an|a serious|a bad) attitude(?: problem)?\b|\battitude problem\b/g,
        accusesReader: true,
      },
      { re: /\b(?:why|how|what) on earth\b|\bhow could you\b|\bwhat were you thinking\b/g, negatable: false },
      {
        // "At this point I'd settle for an acknowledgement", "I've been patient for long enough", "moving the goalposts",
        // "six hours on an assignment for a two-line reply": expectations lowered in reproach, patience said to be spent,
        // the rules said to have changed, effort set against a brush-off.
        re: /\bi (?:would|will|could) (?:happily |gladly |even |now )?settle for (?:just |even |a simple |a short |a quick |a single |an? |any )?(?:acknowledg\w*|reply|response|answer|yes or no|one-line|two-line|confirmation|receipt|sign of life|read receipt|anything at all|a line)\b|\b(?:i have|i had|i have already) been (?:\w+ )?patient (?:for )?(?:long enough|enough|for (?:weeks|months|long enough|a long time))\b|\bmy patience (?:is|has|was) (?:\w+ )?(?:running out|run out|worn thin|wearing thin|at its limit|exhausted)\b|\b(?:mov(?:e|ed|es|ing)|shift(?:ed|ing|s)?|chang(?:e|ed|es|ing)) (?:the|your) goal ?posts\b|\b(?:two|one|single|three)-line (?:reply|email|response|rejection|answer|message|note)\b(?=[^.?!]*\b(?:hours|days|weeks|rounds|interviews|stages|assignment|presentation|take-home|exercise|case study)\b)|\b(?:hours|days|weeks|rounds|interviews|stages)\b[^.?!]{0,60}?\b(?:two|one|single|three)-line (?:reply|email|response|rejection|answer|message|note)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "a 30-minute call was enough to decide I'm not a fit", "all the talk about valuing different backgrounds was just
        // for the careers page": a verdict said to rest on too little, their stated values called hollow.
        re: /\b(?:was|is|were|seemed|seems|apparently) (?:\w+ )?(?:enough|sufficient|all it took) (?:time )?(?:to|for (?:you|them|the [\w-]+|your [\w-]+) to) (?:decide|judge|conclude|know|tell|assess|rule me out|write me off|dismiss|work out)\b(?=[^.?!]*\b(?:minutes?|mins?|call|chat|glance|hour|conversation|question)\b)|(?<=\b(?:minutes?|mins?|call|chat|glance|hour|conversation|question)\b[^.?!]{0,40}?)\b(?:was|is|were|seemed|seems) (?:\w+ )?(?:enough|sufficient|all it took) (?:time )?(?:to|for (?:you|them|the [\w-]+|your [\w-]+) to) (?:decide|judge|conclude|know|tell|assess|rule me out|write me off|dismiss|work out)\b|\b(?:was|is|were) (?:\w+ ){0,3}?(?:minutes?|mins?|call|chat|glance|hour|conversation) (?:really |honestly |truly )?(?:enough|sufficient) (?:time )?(?:to|for)\b|\b(?:all (?:the|that|this) talk (?:about|of)|the (?:talk|line|bit|claims?|promises?|words) (?:about|on|of)) [^.?!]{0,60}?\b(?:was|is|were|are) (?:just|only|merely|simply|really|all) (?:for|a|an|marketing|words|talk|lip service|window dressing|pr)\b|\b(?:lip service|window dressing)\b|\b(?:just|only) (?:for|on) the (?:careers page|careers site|website|brochure|job ad|advert|linkedin page)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        // "I know a short call isn't enough to judge fit": the writer granting the limits of a call.
        check: (ctx) => !/\b(?:not|hardly|never)\b/.test(ctx.match[0]),
      },
      {
        // "with all the talk about a great candidate experience, I was expecting at least a call", "cut to twenty minutes
        // without warning", "which wasn't in the advert", "I'm not sure what else I can do to get a reply", "my experience
        // speaks for itself": their words against their conduct, terms changed under the writer, exasperation at silence,
        // the writer's record offered as the verdict.
        re: /\b(?:with|for|after|despite) all (?:the|that|this|your) (?:talk|emphasis|claims?|noise|words|messaging) (?:about|of|on)\b|\bi (?:was|had been) (?:expecting|hoping for) (?:at least|at the very least|the courtesy|the basic)\b|\b(?:cut|cancel+ed|moved|changed|rescheduled|ended|shortened|dropped|pulled|withdrawn|closed|re-?posted|filled) (?:[\w-]+ ){0,5}?(?:without (?:any )?(?:warning|notice|explanation|apology|a word)|with no (?:warning|notice|explanation|apology))\b|\b(?:which|that|this|it) (?:was not|were not|was never|is not|never was) (?:anywhere )?(?:in|on|part of|mentioned in) the (?:original )?(?:advert|job description|listing|job ad|posting|spec|brief|role description)\b|\b(?:not sure|no idea|do not know) what (?:else|more) (?:i|anyone|a candidate) (?:can|could|has to|must|am supposed to) do to (?:get|receive) (?:a|an|any) (?:reply|response|answer|acknowledg\w*)\b|\bmy (?:[\w-]+ )?(?:experience|record|cv|portfolio|work|results|references|background) (?:really |surely |clearly )?(?:speaks?|spoke) for (?:itself|themselves)\b|\b(?:said|stated|listed|advertised|described|promised) (?:that )?(?:the )?(?:role|job|position|it) (?:was|would be|is) [^.?!]{0,50}?\b(?:suddenly|only to)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I think you've underestimated what I could bring", "I'd appreciate the courtesy of a reply at this point": their
        // judgement of the writer called wrong, their silence called discourteous.
        re: new RegExp(
          `\\b(?:${them}|the [\\w-]+(?: [\\w-]+)?) (?:\\w+ )?(?:underestimated|undervalued|underrated|misjudged|sold me short)\\b(?: (?:me|what i|how much i|my))?|\\b(?:the|basic|common|simple) courtesy of (?:a|an|any|some) (?:reply|response|answer|acknowledg\\w*|update)\\b`,
          'g',
        ),
        when: (p) => p.afterDecision,
        check: (ctx) => !/^(?:i|my|we)\b/.test(ctx.match[0]),
      },
      {
        // "I really think I deserved to get through to the final": the outcome argued against with the writer's merit.
        re: /\bi (?:\w+ ){0,3}?(?:deserved?|earned) (?:to (?:get|go|be|make|progress|move|reach|win)|(?:the|this|that|a|an) (?:job|role|position|offer|place|spot|final (?:round|stage|interview)))\b/g,
        when: (p) => p.afterDecision,
        // "I know I didn't deserve the role over someone more senior": the writer's own merit denied.
        check: (ctx) => !/\b(?:not|never|hardly)\b/.test(ctx.match[0]),
      },
      {
        // "…not to move me forward after what I was told was a strong first round": the reader's own words held against
        // the outcome (a negation before it belongs to the outcome, not to the words).
        re: new RegExp(
          `\\b(?:after|despite|given|considering) (?:what |being |that )?(?:i was told|i had been told|(?:${them}|the [\\w-]+(?: [\\w-]+)?) (?:\\w+ )?(?:told|telling|assured|assuring|promised|promising|reassured|reassuring|said to) me)\\b[^.?!]{0,50}?\\b(?:strong|great|excellent|top|best|good news|glowing|(?:really|very|so) well|impressed|loved|perfect|ideal|a formality|in the bag|a shoo-in|the one)\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "Why wasn't I told sooner?", "why did nobody mention this at the interview?": a why that reproaches how they
        // kept the writer informed, rather than asking about the decision.
        re: /\bwhy (?:(?:was|were|have|had|am) (?:i|we) not|(?:was|were|have|had|am) not (?:i|we)) (?:been )?(?:\w+ )?(?:told|informed|notified|updated|warned|contacted|made aware)\b[^.?!]{0,30}?\b(?:earlier|sooner|before|first|in advance|upfront|up front|at the (?:interview|time|start|outset))\b|\bwhy (?:did|could|would|has|have) (?:not )?(?:you|no one|nobody|they|the [\w-]+|your [\w-]+) (?:not )?(?:\w+ )?(?:tell|inform|let me know|mention|say|warn|update|contact)\b[^.?!]{0,40}?\b(?:earlier|sooner|before now|at the (?:interview|time|start|outset)|in advance|upfront|up front)\b|\bwhy (?:did|does|has) (?:it|this|a (?:reply|response|simple \w+)) (?:\w+ )?(?:take|taken) (?:\w+ ){0,2}?(?:weeks|months|so long|this long)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        re: /\byou (?:people|lot|guys) (?:have|are|do|did|should|clearly|obviously|just|never)\b|\b(?:have|had) no idea (?:what|how) (?:talent|a good|good|you are|you were)|\b(?:judged|assessed|evaluated|marked|scored|dismissed|rejected|treated|written off) (?:\w+ )?(?:unfairly|unjustly|harshly|wrongly|prematurely|arbitrarily|on a whim)\b|\bhow you treat (?:candidates|people|applicants)\b/g,
        // "Your kind reply says a lot about how you treat candidates" is praise.
        check: (ctx) => !praise.test(ctx.sentence.norm) || sting.test(ctx.sentence.norm),
      },
      {
        re: new RegExp(
          `\\b(?:${them}) (?:\\w+ )?(?:could not|did not|failed to|were unable to|refused to|chose not to) (?:even )?(?:see|recogni[sz]e|appreciate|value|spot) (?:my|what i|the value|how (?:good|much)|the potential|talent)\\b`,
          'g',
        ),
        negatable: false,
        // "the panel didn't see my demo, as we ran out of time": not seeing it was the clock's doing, not a failing.
        check: (ctx) => !sharedCause.test(ctx.sentence.norm),
      },
      {
        re: /\b(?:not|never|no|hardly) (?:[\w'-]+ ){0,6}?(?:a |an )?(?:fair|proper|real|genuine|reasonable|decent|equal|honest|valid|sensible) (?:chance|hearing|shot|assessment|evaluation|consideration|go|opportunity|process|trial|interview|look|way|basis|test|measure)\b/g,
        negatable: false,
      },
      {
        re: /\b(?:is|was|were|been|be|treated|assessed|judged|evaluated|considered|interviewed) (?:not|never|hardly) (?:\w+ )?(?:fair|fairly|justly|objectively|seriously|properly (?:assessed|evaluated|considered|read))\b(?! (?:to (?:ask|say|expect)|of me|enough))/g,
        negatable: false,
        accusesReader: true,
      },
      {
        // "that is a poor decision", "it was a short-sighted call": their decision judged, in either word order.
        re: /\b(?:that|this|it|which) (?:is|was|seems|seemed|feels|felt|looks|looked|strikes me as|sounds) (?:like )?(?:\w+ )?(?:a|an) (?:\w+ )?(?:poor|bad|wrong|terrible|awful|questionable|misguided|mistaken|short-?sighted|baffling|bizarre|foolish|silly|careless|lazy|hasty|rushed|ill-?judged|ill-?informed|unfair|unwise) (?:decision|call|choice|judge?ment|move|conclusion)\b/g,
        when: (p) => p.afterDecision,
        check: (ctx) => {
          const rest = ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length);
          // "it was a poor choice to start with the database": the writer judging their own move.
          return !/^ (?:to|of mine|on my part|by me|i made)\b/.test(rest) && !/\b(?:i|my)\b/.test(ctx.match[0]);
        },
      },
      {
        // "I find it hard to believe you picked someone with less experience": disbelief at their choice.
        re: new RegExp(
          `\\b(?:hard to (?:believe|accept)|difficult to (?:believe|accept)|can not believe|could not believe|do not believe|beyond me|baffles me|boggles|amazes me|astonishes me|i fail to (?:see|understand)) (?:that )?(?:how )?(?:${them}|anyone|someone|a company) (?:\\w+ ){0,2}?(?:chose|choose|picked|pick|hired|hire|selected|select|went with|go with|preferred|prefer|rejected|reject|turned (?:me|down)|passed (?:me )?over|overlooked|ignored|dismissed|decided|could|would|did)\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // Running down whoever got the job: "someone with less experience than me", "a less qualified candidate".
        re: /\b(?:someone|somebody|a candidate|the other candidate|the successful candidate|another candidate|a person|someone else|an applicant|the person you (?:hired|chose|picked)|whoever (?:you )?(?:hired|chose|picked)) (?:with |who has |who had |who is |who was |that is |that has )?(?:(?:far|much|a lot|clearly|obviously|way) )?(?:less|fewer|no|weaker|worse|inferior|lower|half my|a fraction of my) (?:\w+ )?(?:experience|qualifications?|qualified|experienced|skills?|skilled|knowledge|years|credentials|track record|capable|competent)\b|\b(?:less|under-?|worse) ?(?:qualified|experienced|skilled|capable) (?:than me|than i am|candidate|person|applicant|hire)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I'm not sure your team knows what it's looking for", "you don't know what you're doing": their competence denied, hedged or not.
        re: new RegExp(
          `\\b(?:${them}) (?:\\w+ )?(?:${negated}) (?:really |actually |even |fully |ever |seem to |appear to )?(?:know|knew|understand|understood|have (?:a|any) (?:clue|idea)) what (?:it|they|you|he|she|the team) (?:is|are|was|were|wants?|wanted|needs?|needed) ?(?:doing|looking for|after|want|need)?\\b|\\b(?:not sure|doubt|doubtful|wonder (?:if|whether)|question whether|not convinced|do not think|did not think) (?:that )?(?:${them}|anyone|anybody|any of (?:you|them|the \\w+)|the [\\w-]+ (?:who|that) (?:interviewed|assessed|met|saw|tested|marked) me) (?:\\w+ )?(?:really |actually |even |ever |fully )?(?:knows?|knew|understands?|understood|read|looked at|listened|has (?:a|any) (?:clue|idea)|have (?:a|any) (?:clue|idea)|had (?:a|any) (?:clue|idea)|know) (?:what (?:it|they|you|he|she|the team) (?:is|are|was|were|wants?|wanted|needs?|needed)|my (?:cv|resume|application|portfolio|profile|answers?)|to (?:me|a word|my answers?|what i)|anything about)\\b`,
          'g',
        ),
        negatable: false,
      },
      {
        // "I hope you will not ignore my message again": their ignoring presupposed by the hope it won't happen again.
        re: /\b(?:you|they|the \w+) (?:will|would|do|did|can) not (?:\w+ )?(?:ignore|forget|overlook|lose|miss|skip) (?:my|me|this|it)\b[^.?!]*\bagain\b/g,
        negatable: false,
      },
      {
        // "nobody ever explained the outcome of my interview": the reader's side reproached for what no one did.
        re: /\b(?:nobody|no one|not one person|not a single person|none of you|no-one) (?:\w+ )?(?:ever|even|actually|once|bothered to) (?:\w+ )?(?:explained|told|replied|responded|got back|acknowledged|called|wrote back|gave me|answered|let me know)\b/g,
        negatable: false,
      },
      {
        // "I'm surprised it's taking this long for a two-line answer": the delay held up against how little was asked.
        re: /\b(?:surprised|amazed|astonished|shocked|baffled|stunned) (?:that )?(?:it|this|that|a reply|an answer|a response) (?:is|has|was|had)? ?(?:taking|taken|took|been taking) (?:this|so|that|quite this) long\b|\b(?:this|so|that) long (?:for|to (?:send|write|get)) (?:a |an )?(?:two-line|one-line|simple|short|quick|brief|yes or no|single) (?:answer|reply|response|email|update)\b/g,
        negatable: false,
      },
      {
        // "I'm starting to feel quite disrespected by the silence": how they treated the writer named by its effect.
        re: /\b(?:feel|feeling|felt|feels|made to feel) (?:\w+ ){0,2}?(?:disrespected|insulted|belittled|mistreated|fobbed off|strung along|messed (?:about|around)|taken for granted|humiliated|patroni[sz]ed|slighted|snubbed|disregarded)\b/g,
      },
      {
        // "You should have asked me about it", "you could at least have replied": reproaching how they behaved.
        re: new RegExp(
          `\\b${them} (?:really |clearly |at least |surely )?(?:should|could) (?:at least |easily |simply |just |surely )?have (?:at least |easily |simply |just )?(?:asked|read|told|checked|given|listened|looked|considered|mentioned|let me|bothered|had the (?:courtesy|decency)|called|replied|responded|informed|warned|explained|shown|said so|said that|made (?:that|it|this) clear|specified|asked for (?:it|that|one)|been clearer)\\b`,
          'g',
        ),
        check: (ctx) =>
          !/^\s*(?:,|and)?\s*(?:i|that is|which is) (?:understand|appreciate|fair|fine)\b/.test(
            ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ),
      },
      {
        // "not even the courtesy of a reply", "thanks for nothing": contempt for how they treated the writer.
        re: /\b(?:not even|did not (?:\w+ )?(?:have|show|extend)|lacked|lack of|without|no) (?:the |a |any |an )?(?:basic |common |simple |professional )?(?:courtesy|decency)\b|\bthanks? (?:you )?(?:a lot |very much )?for nothing\b/g,
        negatable: false,
      },
      {
        // "your hiring manager kept interrupting me", "which says a lot about your company", "can't manage a simple
        // reply": the reader's conduct towards the writer, or a verdict on their character drawn from it.
        re: new RegExp(
          `\\b${them} (?:\\w+ ){0,2}?(?:kept |keep |was |were |constantly |repeatedly |just )?(?:interrupting|interrupted|interrupts|cut me off|cutting me off|talked over me|talking over me|talked down to me|laughed at|brushed (?:me|my \\w+) off|rushed me|marked me down|belittled|mocked|(?:kept|keep|were|was) (?:telling|asking|pushing|hurrying|urging) me (?:to )?(?:move on|hurry|wrap up|speed up|be quick|skip|cut it short|get to the point|be brief|keep it short))\\b|\\b(?:says|said|speaks|tells me|told me) (?:a lot|volumes|everything|all i need to know|plenty) about (?:${them}|the (?:culture|company|way you))|\\b(?:can not|could not|cannot|unable to|not even) (?:\\w+ )?(?:manage|bother with|be bothered to send|find the time for) (?:a |an |the )?(?:simple|basic|single|one-line|short|two-line)? ?(?:reply|response|answer|email|acknowledg\\w+|courtesy)\\b|\\bhypocri\\w+\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => p.afterDecision,
        // "The care you took says a lot about your company" is praise: the verdict is only an accusation after a failing.
        check: (ctx) =>
          !/^(?:says|said|speaks|tells me|told me)\b/.test(ctx.match[0]) ||
          /\b(?:not|no|never|without|nothing|lack\w*|fail\w*|ignor\w*|silence|single|can not|could not|times)\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ),
      },
      {
        // How they treat people, who they ignore, whether anyone reads, how little their word is worth: the reader's
        // conduct condemned without a judgement word ("a company that treats candidates this way").
        re: new RegExp(
          `\\b(?:treat|treats|treated|treating) (?:[\\w-]+ ){0,4}?(?:this way|like this|like that|that way|so badly|so poorly)\\b|\\b(?:ignoring|ignore|ignores|ghosting|ghost|ghosts|ghosted) (?:your |the |their |all )?(?:candidates|applicants|people|everyone)\\b|\\b(?:is|are|was|were) (?:anyone|anybody|someone|somebody) (?:\\w+ )?(?:reading|listening|there|paying attention|checking|looking at)\\b|\\b(?:does|do|did|has|have) (?:anyone|anybody|someone|somebody) (?:actually|even|ever|really) (?:read|check|look at|looked at|listen|open|opened|monitor|checked)\\b|\\b(?:hard|difficult|impossible) to (?:trust|believe) (?:anything|a word|what|a thing) (?:of what )?(?:${them}|anyone there)\\b|\\b(?:hoped|expected|expect|hope|hoping|expecting) (?:for )?(?:much |a lot |rather |far )?better (?:from|of) (?:you|your [\\w-]+|a company|an organi[sz]ation|the (?:company|team|panel|firm))\\b|\\b(?:nobody|no one|none of (?:you|them|the [\\w-]+)) (?:had |has |have |did )?(?:ever |even |actually |really |properly )?(?:read|looked at|looked past|looked beyond|got past|listened|opened|checked|bothered)\\b|\\b(?:copied and pasted|cut and pasted|copy-?pasted|boilerplate|canned)\\b`,
          'g',
        ),
        when: (p) => p.afterDecision,
        check: (ctx) => {
          const word = ctx.match[0];
          // "I treat clients like this", "my cover letter read as copy-pasted": the writer's own conduct.
          if (/^treat/.test(word) && /\b(?:i|we)(?: \w+)? $/.test(ctx.sentence.norm.slice(0, ctx.normIndex)))
            return false;
          if (/pasted|boilerplate|canned/.test(word) && !accusesReader(ctx.sentence, ctx.at)) return false;
          return !praise.test(ctx.sentence.norm) || sting.test(ctx.sentence.norm);
        },
      },
      {
        // "this makes no sense" about the decision: calls their judgement irrational.
        re: /\b(?:this|that|it|it all|none of (?:this|it)|the (?:decision|outcome|rejection|result|choice)|your (?:decision|choice)) (?:\w+ )?(?:makes|made|does not make|did not make|is not making) (?:absolutely |any |no |zero |little |much )+sense\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => /\b(?:no|zero|little|not|none)\b/.test(ctx.match[0]) && !/\bat first\b/.test(ctx.sentence.norm),
      },
      {
        // "your recruiter told me I was the top candidate": holding their words against the decision.
        re: /\b(?:told|assured|promised|reassured|informed|said to) me (?:that )?(?:i was|i am|i would be|i had been)\b[^,.;?!]{0,30}?\b(?:top|strongest|best|standout|leading|front-?runner|first choice|preferred|perfect|ideal|shoo-in|favourite|favorite|number one)\b|\b(?:called|described|rated|ranked|introduced) me (?:as )?(?:the|your|their) (?:\w+ )?(?:top|strongest|best|standout|leading|front-?runner|preferred|favourite|favorite)\b|\b(?:you|they|he|she|your [\w-]+|the [\w-]+) (?:\w+ )?(?:said|told everyone|mentioned) (?:that )?i was (?:the|your|their) (?:\w+ )?(?:top|strongest|best|standout|leading|front-?runner|preferred|favourite|favorite)\b/g,
        when: (p) => p.afterDecision,
      },
      {
        // "you interviewed me for twenty minutes; my results over six years say more": a verdict said to come from
        // too little.
        re: /\b(?:you|they|the (?:panel|interviewers?|manager|recruiter|assessors?)|your (?:panel|interviewers?|manager|team)) (?:only |just |barely )?(?:interviewed|met|saw|spoke to|spoke with|talked to|spent) (?:me |with me )?(?:for |with me for )?(?:a mere |only |just |barely |all of |less than )?(?:\d+|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|a few|one|half an?) ?(?:-| )?(?:minutes?|mins|hour)\b(?=[^.?!]*\b(?:years?|decades?|career|record|results|experience|judge\w*|conclude\w*|decide\w*|enough|know|assess\w*)\b)/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I believe my clinical audit was not fairly considered": the assessment called unfair, without the word.
        re: /\b(?:was|were|been|being|is|are|got) (?:not|never|hardly) (?:\w+ )?(?:fairly|properly|seriously|objectively|honestly|thoroughly|adequately|genuinely) (?:considered|assessed|judged|evaluated|treated|read|reviewed|looked at|listened to|heard|scored|marked|weighed|examined)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          !sharedCause.test(ctx.sentence.norm) && !/\b(?:line|connection|audio|sound|call)\b/.test(ctx.sentence.norm),
      },
      {
        // "Interesting that 'attention to detail' came up, given I spotted the errors in your own case pack": mock
        // surprise set against the reader's own record.
        re: /^(?:(?:hi|hello|dear|well|so|thanks|thank you)\b[^.?!,]*, )?(?:it is |it was |how |i find it |i found it )?(?:interesting|funny|ironic|odd|strange|curious|rich|amusing) (?:that|how|to (?:hear|see|read))\b[^.?!]{0,80}?\bgiven (?:that )?(?:i|my|your|you|the panel|they|he|she)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I think they'd see something you missed": the reader said to have missed it.
        re: /\b(?:something|what|things|anything) (?:that )?(?:you|they|the panel|your (?:team|panel|recruiter|interviewers?)) (?:\w+ )?(?:missed|overlooked|failed to see|did not see|could not see)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => !ctx.sentence.isQuestion,
      },
      {
        // "Was it because I'm over fifty?": a reason other than merit put as a question.
        re: /\b(?:was|is) (?:it|this|that) (?:really |just |simply |actually )?(?:because|due to|down to) (?:of )?((?:i am|i was|my|me being|being|the fact that i|where i)\b[^.?!]{0,40})/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          personalGround.test(` ${ctx.match[1] ?? ''} `) ||
          /\b(?:over (?:forty|fifty|sixty|\d+)|too old|too young|older|younger|a woman|a man|foreign|not from here|a mum|a mother|pregnant)\b/.test(
            ctx.match[1] ?? '',
          ),
      },
      {
        // "I'd like you to reconsider whether the assessment criteria were applied consistently": the fairness of how it
        // was run put in doubt.
        re: /\b(?:whether|if|that) (?:the |your |their |all )?(?:[\w-]+ )?(?:criteria|process|rules|scoring|marking|assessment|policy|procedures?|guidelines|standards|questions|scores) (?:was|were|had been|have been|are|is) (?:not |never )?(?:\w+ )?(?:applied|followed|used|administered|conducted|run|marked|scored|asked) (?:\w+ )?(?:consistently|fairly|properly|correctly|equally|objectively|impartially|uniformly|the same way)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => !/\b(?:i am sure|i trust|i have no doubt|of course)\b/.test(ctx.sentence.norm),
      },
      {
        // "…I will have to think you are not serious", "your company is unprofessional": their seriousness denied.
        re: /\b(?:you|your (?:company|firm|team|organi[sz]ation|process|recruiters?)|the company|this company|they) (?:are|is|were|was) (?:not|never|hardly) (?:very |really |a |being )?(?:serious|professional|honest)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          !/\b(?:i know|i am sure|of course|obviously) (?:that )?$/.test(ctx.sentence.norm.slice(0, ctx.normIndex)),
      },
      {
        // "Silence is not an acceptable way to treat applicants", "no way to treat people": their conduct judged.
        re: /\b(?:is|was|are|were|that is|this is) (?:not|hardly|never|no) (?:an? )?(?:acceptable|professional|respectful|decent|proper|fair|appropriate|reasonable|good|ok|okay|way)\b[^.?!]{0,20}?\b(?:way|manner|how) (?:to treat|of treating|you treat|to deal with|of dealing with)\b|\bno way to treat\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I was told the decision would be made on merit. Clearly other things mattered more.": something other than
        // merit said, with a stance of certainty, to have decided it.
        re: /\b(?:clearly|obviously|evidently|apparently|presumably|i guess|i suppose|it seems|seemingly|i can only assume)\b[^.?!]{0,30}?\b(?:other|different|something|someone|certain) (?:else |things?|factors?|considerations?|criteria|priorities|reasons?|agendas?|people|connections)\b[^.?!]{0,15}?\b(?:mattered|matter|matters|counted|count|counts|were at play|was at play|came into (?:it|play)|were more important|was more important|won out|weighed more|took priority|carried more weight)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "the 'communication issues' the panel mentioned say more about the panel than about me": the verdict turned on
        // whoever gave it.
        re: /\b(?:says?|said|tells?|speaks?|shows?) (?:\w+ )?(?:much |a lot |far |rather |a great deal )?more about (?:the|your|their|you|them|whoever|how|what)\b[^.?!]{0,40}?\bthan (?:about |it does about )?(?:me|my|i|it does me)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "a slow process for a company that sells itself on speed", "not much listening for a firm that prides itself on
        // people": a shortfall set against what they claim for themselves.
        re: /\bfor (?:a|an|the|such a) (?:[\w-]+ )?(?:company|firm|team|business|organi[sz]ation|employer|brand|place|school|hospital|trust|council|charity|agency|department|university|group|outfit|panel|recruiter|start-?up|bank|retailer) (?:that|which|who) (?:\w+ ){0,2}?(?:prides? (?:itself|themselves)|sells? (?:itself|themselves)|bills? (?:itself|themselves)|markets? (?:itself|themselves)|brands? (?:itself|themselves)|calls? (?:itself|themselves)|describes? (?:itself|themselves)|claims?|boasts?|preaches|advertises)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "the interviewer just didn't like me": blames the decision on the reader's personal dislike.
        re: new RegExp(
          `\\b(?:${them}|the (?:interviewer|interviewers|cto|ceo|founder|director|lead|manager|engineer)) (?:\\w+ ){0,2}?(?:did not|never|does not|do not|would not|could not) (?:\\w+ ){0,2}?(?:like|liked|warm to|take to|care for|want) me\\b|\\b(?:${them}|the (?:interviewer|interviewers|cto|ceo|founder|director|lead|manager|engineer)) (?:\\w+ ){0,2}?(?:disliked|hated|resented) me\\b|\\b(?:took|taken|take|had) (?:a |an )?(?:instant |immediate |personal |real )?(?:dislike|disliking|aversion) to me\\b|\\bhad (?:it|something) (?:in )?(?:for|against) me\\b|\\b(?:was|were) (?:out to get me|against me from the)\\b|\\b(?:it|this|the decision|the rejection) (?:was|felt|is|feels|seemed|seems) (?:\\w+ )?personal\\b(?! (?:to|for) me)`,
          'g',
        ),
        negatable: false,
        check: (ctx) =>
          !/\b(?:do|did|would) not (?:think|believe|feel|mean|suggest|say|want to (?:say|suggest))\b|\bnot (?:saying|suggesting|that)\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ),
      },
    ],
  },
  {
    rule: 'tone.defensive',
    message:
      'This argues with the feedback. A reply that rebuts it closes the door; thank them, and show the growth in how you act on it.',
    suggest: (ctx) =>
      ctx.profile.feedbackReply
        ? "Thank you for the feedback; it's useful to know how that came across, and I'll work on making it clearer."
        : "I appreciate you sharing that, and I'd welcome any pointers on how I could have shown it more clearly.",
    patterns: [
      {
        // "my gap year … shouldn't be seen as a weakness": the judgement ruled out before it is made.
        re: /\b(?:should not|must not|ought not to|need not|is not to|should never) be (?:seen|viewed|read|taken|counted|held) (?:as (?:a |an )?(?:weakness|negative|red flag|problem|concern|gap|mark against|failing)|against me)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "…I led a team of six, so I'm not sure that's quite right": their point doubted after the record.
        re: /\b(?:not sure|do not think|doubt) (?:that|it|this) (?:is|was) (?:quite |entirely |really |completely |strictly |altogether )?(?:right|accurate|fair|true|correct|the case)\b(?! (?:for|to|of) )/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
        check: (ctx) => /\b(?:i|my)\b/.test(ctx.sentence.norm.slice(0, ctx.normIndex)),
      },
      {
        // "You seemed concerned about my age, but I can assure you I have more energy than most of your team": their concern
        // named and overruled with a comparison ("…but I can assure you it's all arranged" only reassures). An influence
        // letter answers a concern by its nature, so it is left to the other rules there.
        re: /\b(?:concerned|worried|unsure|doubtful|sceptical|skeptical|concern|doubts?|worry)\b[^.?!]*\b(?:but|however)(?: ,)? (?:i can |let me |i will )?(?:assure|promise|guarantee) you\b[^.?!]*\bthan (?:most|any|many|anyone|anybody|your|the|half|people)\b/g,
        negatable: false,
        when: (p) => p.kind !== 'influence-letter',
      },
      {
        // "I did have relevant experience, it just wasn't on my CV": the claim made against the verdict.
        re: /\bi did have (?:[\w-]+ ){0,4}?(?:experience|skills?|knowledge|background|exposure|qualifications?|expertise)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "I have managed people for nine years, and I'm frankly surprised it came up": their doubt called strange.
        re: /\b(?:surprised|astonished|amazed|puzzled|baffled|taken aback) (?:that )?(?:it|this|that|the (?:question|concern|point|doubt|issue|topic)) (?:even |ever )?(?:came up|was raised|was an issue|was a concern|was questioned|needed asking|was in doubt)\b/g,
        negatable: false,
      },
      {
        // "Regarding your comment on my communication skills, I'd note I've presented at three conferences": their
        // comment named, then the writer's record set against it.
        re: /\b(?:regarding|as for|as to|about|on|re) (?:your|the|that) (?:[\w-]+ )?(?:comment|point|feedback|remark|note|concern|criticism|observation|suggestion)s?\b[^.?!;]{0,60}?[,;:] i (?:would|must|should|will|can|have to|want to) (?:just |also |only |gently )?(?:note|point out|say|add|mention|remind you|stress|highlight|clarify)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "My silence in the group task was deliberate: I was letting others speak": the shortfall they saw called a choice.
        re: /\bmy (?:[\w-]+ ){0,6}?(?:was|were) (?:entirely |completely |quite |very |totally |fully |actually )?(?:deliberate|intentional|on purpose|a deliberate (?:choice|decision)|a (?:conscious )?choice|by design|a conscious decision|a strategy|tactical)\b|\bi (?:did|said|kept|left) (?:it|that|this|them) (?:\w+ )?(?:deliberately|intentionally|on purpose)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "I'm not sure the panel fully understood my point about the migration plan", "I remain convinced that my answer
        // was the correct one, whatever the panel thought": their grasp of the writer doubted, or the writer's answer held
        // right against their view.
        re: /\b(?:not sure|doubt|do not think|wonder (?:if|whether)) (?:that )?(?:the panel|you|they|the interviewers?|the team|he|she|everyone) (?:\w+ )?(?:understood|grasped|followed|got|saw|appreciated|took in|heard) (?:my|what i|how i|the point (?:i|of my))\b|\b(?:remain|am still|still) (?:\w+ )?(?:convinced|sure|certain|confident) (?:that )?my (?:[\w-]+ ){0,4}?(?:was|were|is|are) (?:\w+ )?(?:right|correct|the (?:right|correct|better|best) (?:one|answer|approach)|sound|valid)\b|\bwhatever (?:the panel|they|you|the interviewers?|the team) (?:\w+ )?(?:thought|think|said|decided|felt|concluded)\b/g,
        negatable: false,
      },
      {
        // "explain why my profile was rejected despite of my relevant experience": the writer's record set against the
        // outcome named in the same sentence.
        re: /\b(?:despite|in spite|notwithstanding|regardless)(?: of)? (?:having |all )?my (?:[\w-]+ ){0,2}?(?:experience|qualifications?|skills|background|record|results?|scores?|credentials|expertise|track record)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) => namesOutcome.test(ctx.sentence.norm.slice(0, ctx.normIndex)),
      },
      {
        // "I'm afraid that simply misreads my publication record": their reading of the writer said to get the record wrong.
        re: /\b(?:that|this|it|which|they|the panel|the feedback|your feedback|the comment|the assessment|the concern|their view|your view) (?:\w+ )?(?:misreads?|misread|misrepresents?|misrepresented|misjudges?|misjudged|mischaracteri[sz]e[sd]?|misunderstands?|misunderstood|overlooks?|overlooked|ignores?|ignored) (?:my|what i|how i|the (?:fact|work|experience|evidence|record))\b/g,
      },
      {
        // "I really don't think that's a fair reading of my answers": their account of the writer called unfair.
        re: /\b(?:(?:not|hardly|far from|never) (?:\w+ )?|(?:do|did) not (?:\w+ )?(?:think|believe|feel) (?:that )?(?:it|that|this|they|the [\w-]+|your [\w-]+) (?:is|was|are|were) )(?:a |an )?(?:\w+ )?(?:fair|accurate|correct|true|right|reasonable|balanced|full) (?:reading|reflection|assessment|description|characteri[sz]ation|summary|picture|view|take|representation|account|interpretation|judge?ment) of (?:my|me|what i|how i)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "I also want to clear up your concern that I'm too junior; that simply doesn't reflect my experience": their
        // concern named and flatly denied. Before a decision too: an influence letter answers a concern with evidence,
        // not with "that is simply not accurate".
        re: /\b(?:your|the|their|any|this|that) (?:[\w-]+ )?(?:concerns?|impressions?|assumptions?|views?|perceptions?|worry|worries|doubts?|feeling|sense|misconceptions?|suggestion|idea|claim) (?:that|about) [^.?!]{0,80}?(?:[;,:] |\b(?:but|and) )(?:that|this|it|which|they|these|those) (?:is |are |was |were )?(?:simply |just |really |frankly |certainly |absolutely |completely |entirely |quite )?(?:not (?:accurate|true|correct|the case|fair|right|so|valid)|(?:does|do|did) not (?:reflect|match|describe|represent|hold up|stand up)|(?:wrong|incorrect|inaccurate|untrue|unfounded|misplaced|mistaken|baseless|off the mark|off base))\b/g,
        negatable: false,
      },
      {
        // "I don't think they say anything about my commitment": the inference they drew from the record refused.
        re: /\bi (?:do not|did not) (?:really |honestly )?(?:think|believe|feel|accept) (?:that )?(?:it|they|this|that|these|those|my [\w-]+(?: [\w-]+)?) (?:\w+ )?(?:says?|said|shows?|showed|reflects?|reflected|means?|meant|indicates?|suggests?|tells? you|told you) (?:anything|much|a lot|very much|something) about (?:my|me)\b/g,
        negatable: false,
      },
      {
        // "…though most of the bugs you found came from the starter code you provided": the fault put on their materials.
        re: /\b(?:came|come|comes|stemmed|stem|stems|were|was|are|is) (?:\w+ )?(?:from|caused by|due to|down to|because of|the result of|introduced by|inherited from) (?:the|your|their) (?:[\w-]+ ){0,2}?(?:code|codebase|brief|instructions|setup|set-up|environment|template|materials|data|data ?set|tooling|laptop|machine|platform|system|spec|specification|starter \w+|boilerplate|repo|repository)\b(?: (?:you|they|the [\w-]+) (?:had )?(?:provided|gave|supplied|set|sent|used|chose))?/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "Regarding the comment that I seemed disengaged, I was simply concentrating": their impression named, then
        // set right with what the writer "simply" or "actually" was.
        re: /\b(?:comment|feedback|point|note|impression|suggestion|idea|claim|remark|observation|view|perception|sense|assumption|concern) (?:that )?(?:i|my [\w-]+) (?:\w+ ){0,2}?(?:seemed|was|were|came across|looked|appeared|lacked|sounded|did not|had not|could not|was not)\b[^.?!]{0,60}?[,;:] (?:i|my [\w-]+|it|that) (?:was|were|am|had|did|have|is) (?:simply|merely|just|actually|only|in fact|really)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "Perhaps my answers came across as short, but they were complete": the impression granted, the fact denied.
        re: /\b(?:came across|come across|seemed|seem|looked|sounded|appeared)\b[^.?!]{0,40}?\b(?:but|yet|though|however)(?: ,)? (?:they|it|i|that|my \w+|the \w+) (?:were|was|is|are|am|did|had) (?:actually |in fact |really |still |quite |perfectly |fully )?(?:complete|correct|accurate|right|thorough|fine|detailed|enough|sufficient|clear|relevant|strong|good|there|prepared|confident|calm|concise|on point|to the point|well prepared)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "I have ten years of experience, so how can your panel say I am junior?": their finding questioned as
        // impossible.
        re: /\bhow (?:can|could|do|does|did|is it that) (?:you|they|your [\w-]+|the [\w-]+|anyone|anybody|someone) (?:\w+ )?(?:say|claim|call|think|conclude|decide|describe|write|argue|believe|judge|label|see) (?:that )?(?:i|my|me)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
        // "How did the panel see my portfolio compared with others?", "How would you say I could tighten my answers?": a
        // real question names no verdict on the writer.
        check: (ctx) =>
          !/^\s*(?:could|should|might|can|would|may|will|need|improve|do better|compared)\b/.test(
            ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ) &&
          !/^\s*(?:portfolio|case study|answers?|presentation|exercise|test|cv|application)\b(?! (?:was|is|as) (?:weak|poor|vague|thin|junior|not))/.test(
            ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ),
      },
      {
        re: /\bi (?:\w+ ){0,3}?(?:disagree|beg to differ|dispute|take issue|object to)\b(?! with myself)/g,
        when: (p) => p.rebuttalsMatter,
        // "I don't disagree", "I wouldn't dispute that": the negation inside the match turns it into agreement.
        check: (ctx) => !negatedDisagreement.test(ctx.match[0]),
      },
      {
        // Doubt about the verdict itself: "not sure I agree there", "I'd question whether one call shows that".
        re: /\b(?:not sure|not convinced|unsure|doubt) (?:that )?i (?:can |could |would |fully |entirely )?agree\b|\b(?:not sure|not convinced|doubt|do not think|do not believe|did not think) (?:that )?(?:it|this|that|(?:one|a single|a|an|the|any|just one) (?:[\w-]+ ){0,3}?(?:test|exercise|task|answer|result|score|comment|feedback|conversation|interview|call|quiz|question|session|assessment|presentation|meeting|hour|chat|day|round|slip|mistake)) (?:can |could |would |really |necessarily |fully |actually |truly )*(?:show|shows|prove|proves|mean|means|reflect|reflects|demonstrate|demonstrates|indicate|indicates|tell|tells|capture|captures|say much|says much)\b|\bi (?:would |must |have to |do )?question (?:whether|if|that|the (?:feedback|comment|assessment|point|conclusion))\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // The feedback said not to match what happened, in any wording of the verb: "the notes don't reflect…".
        re: /\b(?:that|this|the|your) (?:[\w-]+ )?(?:feedback|comments?|assessment|notes?|description|summary|picture|report|scores?|evaluation)(?: (?:from|of|on|about|by) (?:the|your|my) [\w-]+)? (?:does not|did not|do not|not|hardly|really does not) (?:really |quite |at all |fully |accurately )?(?:match|reflect|describe|fit|capture|represent|correspond to)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "I was surprised to hear I was too junior, as my title is senior engineer", "I'm not sure what more I could have
        // done", "the panel asked me to focus on the back end, so of course my answer…": the verdict met with the writer's
        // record, with having done all there was, or with what they were told to do.
        re: /\b(?:surprised|puzzled|confused|baffled|taken aback|shocked) (?:to (?:hear|read|learn|be told|see)|that) (?:that )?(?:i (?:was|am|had|lacked|did not|came across|seemed)|my [\w-]+(?: [\w-]+)? (?:was|were|lacked|did not|seemed))\b[^.?!]*? (?:as|since|given|because|when|considering) (?:i|my)\b|\b(?:not sure|do not know|no idea|can not think|can not see|struggle to see|at a loss (?:as to|to know)) what (?:more|else) i (?:could|should|might) (?:possibly |realistically )?have (?:done|said|shown|prepared|given)\b|\b(?:you|they|the [\w-]+|your [\w-]+) (?:\w+ )?(?:asked|told|instructed|wanted) me to (?:[\w-]+ ){1,8}?,? so (?:of course |naturally |obviously |inevitably )?(?:my [\w-]+(?: [\w-]+)? (?:did not|was not|were not|could not|had no|lacked|missed|left out)|i (?:did not|could not|was not|had no|never|left out|skipped))\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "…which isn't really my fault", "you said I didn't show curiosity, but I asked about…": blame refused, or their
        // account turned with what the writer did.
        re: new RegExp(
          `\\b(?:is|was|were) (?:not|hardly|never) (?:really |entirely |exactly |all |totally )?(?:my (?:fault|doing|mistake)|down to me)\\b|\\bnot my fault\\b|\\b(?:${them}|the (?:feedback|notes?|report)) (?:\\w+ )?(?:said|says|felt|thought|mentioned|noted|wrote|suggested) (?:that )?i (?:did not|was not|lacked|had no|could not|never|failed to)\\b[^.?!]{0,60}?,? but i (?:did|asked|gave|showed|mentioned|explained|talked|covered|have|had|was|spoke|answered|described|walked)\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "I want to know why I did not pass to the next stage when my test score was high": the outcome set against the
        // writer's result in the same breath.
        re: /\b(?:when|while|whereas|even though|although|though|despite the fact that|given that) my (?:[\w-]+ ){0,3}?(?:scores?|results?|marks?|grades?|feedback|references?|ratings?|assessment|test|exercise|numbers) (?:was|were|had been|came back) (?:\w+ )?(?:high|good|strong|excellent|top|great|positive|the best|above|outstanding|near perfect|perfect)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          namesOutcome.test(ctx.sentence.norm.slice(0, ctx.normIndex)) ||
          /\b(?:why|how come)\b/.test(ctx.sentence.norm.slice(0, ctx.normIndex)),
      },
      {
        // "rejected after doing so well on the test", "'not enough energy' is pretty vague, and I'm not sure what I'm meant
        // to do with it": the writer's result set against the outcome, or the feedback dismissed as empty.
        re: /\b(?:after|despite|given|considering) (?:doing|performing|scoring|going|having done|having scored|having performed) (?:so |really |very |extremely |that )?(?:well|highly|strongly)\b|\b(?:after|despite|given|considering|even though i|although i) (?:passing|having passed|passed|acing|clearing|having cleared|scoring|getting) (?:all|every|each|both|the|your|three|four|five)? ?(?:of )?(?:the |your |my )?(?:[\w-]+ )?(?:tests?|assessments?|exams?|stages?|rounds?|tasks?|exercises?)\b(?= (?:with|at|in|and|so|i)\b|[^.?!]*\b(?:rejected|not (?:selected|chosen|successful|shortlisted|offered)|unsuccessful|turned down)\b)|(?<=\b(?:puzzl\w*|confus\w*|surpris\w*|baffl\w*|perplex\w*|do not understand|can not see)\b[^.?!]*)\bi (?:performed|did|scored|interviewed|presented) (?:really |very |extremely |exceptionally |so )?(?:well|strongly|highly)\b|\b(?:is|was|seems|feels|sounds) (?:pretty |rather |quite |very |a bit |a little |really |fairly |so )?(?:vague|meaningless|unhelpful|useless|generic|subjective|not (?:very |really |particularly )?(?:helpful|useful|actionable|specific))\b|\bnot sure what i am (?:meant|supposed|expected) to do with (?:it|that|this|the feedback|the comment)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        // "My answer was vague": the writer's own shortfall, not the feedback's.
        // "Despite scoring well, I know my answers were weak": the writer granting the shortfall.
        check: (ctx) =>
          (!/\b(?:i|my|me|mine)\b(?:\s\S+){0,3}\s*$/.test(ctx.sentence.norm.slice(0, ctx.normIndex)) ||
            /^(?:after|despite|given|considering|not sure|i)\b/.test(ctx.match[0])) &&
          !/\bi (?:know|realise|realize|accept|admit|see|understand)\b[^.?!]*\b(?:my|i)\b/.test(ctx.sentence.norm),
      },
      {
        // "I understand the feedback, but I stand by my answer": the writer keeping their answer against the verdict.
        re: /\bi (?:still |firmly |fully |completely |do |would still )?stand by (?:my|what i|the|that|this|everything)\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "'Not enough leadership' is a slightly unfair reading": the feedback itself judged a poor account of the writer.
        re: /\b(?:an?|that is an?|this is an?) (?:bit |little |slightly |rather |somewhat |quite |very |a bit |a little )?(?:unfair|harsh|inaccurate|uncharitable|ungenerous|narrow|selective|simplistic|misleading|incomplete|one-sided|strange|odd|skewed) (?:reading|characteri[sz]ation|description|summary|interpretation|take|picture|portrayal)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // The task made impossible for anyone: "anyone would have struggled with that brief".
        re: /\b(?:anyone|anybody|everyone|nobody|no one|any candidate) (?:else )?(?:would|could) (?:have )?(?:struggled|failed|found (?:it|that) (?:hard|difficult)|been confused|managed|finished|done (?:it|that|any better|better)|passed)\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // Refusing the blame: "I can't be blamed for…", "I shouldn't be marked down for…".
        re: /\bi (?:can not|could not|should not|cannot|do not think i (?:can|should)) be (?:blamed|faulted|criticised|criticized|marked down|penali[sz]ed|held responsible)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "the feedback that my SQL was weak was not a fair picture": the feedback may carry what it said before it is denied.
        re: /\b(?:that|this|the|your) (?:\w+ )?(?:feedback|comment|comments|assessment|point|criticism|characteri[sz]ation|conclusion|description|view|impression|summary|note|notes|assumptions?|perception|reading|idea|suggestion) (?:is|was|are|were|seems|sounds) (?:\w+ )?(?:wrong|incorrect|inaccurate|untrue|false|unfair|mistaken|misguided|off the mark|baseless|unfounded|nonsense|not (?:true|correct|accurate|fair|right))\b|\b(?:the|your|that|this) (?:\w+ )?(?:feedback|comment|assessment|point|criticism|conclusion|view|impression|concern|idea|suggestion) that (?:i|my) [^.?!,;]{1,60}? (?:is|was|were|are) (?:simply |just |really |frankly |honestly )?not (?:an? )?(?:true|correct|accurate|fair|right|balanced|full)\b/g,
        when: (p) => p.rebuttalsMatter,
      },
      {
        stance: true,
        re: /(?:^|[,;:] )(?:respectfully|with respect|in fact|on the contrary|contrary to (?:what|your)|to clarify|to be clear|let me be clear|for clarity) ,? (?:i|my|that|this|it|the)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
        check: (ctx) => !ownWishAfterStance.test(ctx.sentence.norm.slice(ctx.normIndex).replace(/^[,;:] /, '')),
      },
      {
        re: /\bi (?:\w+ )?(?:do not|did not|cannot|can not|really do not|honestly do not|not|am not) (?:\w+ )?(?:agree (?:that|with(?! my (?:own )?))|accept (?:that|the (?:feedback|comment|point|assessment|criticism|characteri[sz]ation))|accept your (?:feedback|point|comment|assessment)|see how (?:you|that|i|anyone)|recogni[sz]e (?:that|this|the|myself))\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\b(?:that|this|it|which|the feedback|your feedback|the comment|your comment|the assessment|your assessment|the point|this point|the criticism) (?:(?:simply|just|really|honestly|frankly|quite|certainly|definitely) )?(?:is |was |seems |feels )?(?:not|hardly) (?:quite |entirely |really |at all |very |an? |totally |strictly |completely )*(?:true|correct|accurate|fair|right|what (?:happened|i said|i meant)|the case|a fair (?:reflection|assessment|description|summary)|an accurate \w+|how i remember it|how it went|justified|warranted)\b/g,
        negatable: false,
        // "It was not fair that the interviewer was on his phone": a dummy "it" before a that-clause judges their conduct
        // (an accusation), not the feedback; "it is not true that I…" still rebuts.
        check: (ctx) =>
          !/^it\b[^.?!]*\b(?:fair|right)$/.test(ctx.match[0]) ||
          !/^ (?:that|of (?:you|them|the|your)|how|when|to (?:judge|expect|ask|treat|leave|keep|reject|ignore))\b/.test(
            ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ),
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\bi (?:do not|did not) (?:think|believe|feel) (?:that )?(?:that|this|it|the feedback|your feedback|the comment|the assessment|(?:the|your|that|this) (?:feedback|comment|point|assessment|remark|note|criticism)(?: [\w-]+){1,8}?)? ?(?:is |was )?(?:quite |entirely |really |totally |completely )?(?:(?:a |an )?(?:fair|accurate|true|correct|right|reasonable|balanced) (?:assessment|reflection|description|summary|picture|characteri[sz]ation|judge?ment)|true|correct|accurate|fair|right|the case|justified|warranted)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        stance: true,
        re: /\b(?:in my defen[cs]e|to be fair to myself|to be fair ,? (?:i|nobody|no one|you|the|my|it|there)|with (?:all )?(?:due )?respect ,? (?:i|my|you|the|that|this|it)|for the record ,? (?:i|my)|i (?:also |just )?(?:must|would (?:also |just )?like to|want to|have to|need to|should) (?:also |just )?(?:point out|clarify|correct|stress)|just to (?:clarify|be clear) ,? i|to set the record straight)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
        // "For the record, my situation may change next year, so I'd be glad to be considered for future roles": the
        // writer's own news for later, nothing of the feedback argued with.
        check: (ctx) =>
          !agreesAfter(ctx) &&
          !ownWishAfterStance.test(ctx.sentence.norm.slice(ctx.normIndex)) &&
          !(
            /\b(?:future|next year|later|one day|down the line|may change|might change|will change|would be glad|would love|would be happy)\b/.test(
              ctx.sentence.norm.slice(ctx.normIndex),
            ) && !/\b(?:but|actually|did|never|not|wrong|unfair)\b/.test(ctx.sentence.norm.slice(ctx.normIndex))
          ),
      },
      {
        re: new RegExp(
          `\\b(?:${them}|nobody|no one) (?:\\w+ )?(?:did not|never|did not even) (?:\\w+ )?(?:ask|asked|probe|probed|give me (?:time|enough time|the chance|a chance)|let me (?:finish|explain))\\b|\\b(?:nobody|no one|none of (?:you|them|the \\w+)) (?:ever |even |actually )?(?:asked|mentioned|brought up|raised|probed)\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: new RegExp(
          `\\b(?:the|that|this|your) (?:[\\w-]+ ){0,3}?(?:questions?|${stage}|brief|instructions|requirements?)s? (?:itself |themselves )?(?:\\w+ ){0,3}?(?:was|were|is|are) (?:\\w+ )?(?:unclear|ambiguous|vague|confusing|badly (?:worded|phrased|written|explained|designed)|poorly (?:worded|phrased|written|explained|designed)|misleading|unrealistic|unreasonable|impossible|a trick|too (?:hard|difficult|vague)|not clear)\\b`,
          'g',
        ),
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: new RegExp(
          `\\b${them} (?:must |may |might |probably |clearly |obviously |perhaps )?(?:have )?(?:misunderstood|misheard|misread|missed it|missed that|missed this|missed the part|overlooked|misinterpreted|got (?:it|that|this) wrong|forgotten|forgot)\\b`,
          'g',
        ),
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\bi (?:did|clearly|definitely|certainly|explicitly|specifically|already|did actually|actually did) (?:did )?(?:mention|explain|say|state|cover|describe|answer|address|discuss|talk about|show|demonstrate|provide|give|include|list|highlight|raise|outline|explained|mentioned|said|stated|covered|described|answered|addressed|discussed|talked about|showed|demonstrated|provided|gave|included|listed|highlighted|raised|outlined)\b(?![^,.;]*\b(?:poorly|badly|too (?:briefly|quickly|long)|wrongly|clumsily|in the wrong)\b)/g,
        // "I did cover the budget, but missed the staffing question": the claim granted a shortfall straight after.
        check: (ctx) => !grantedAfter.test(ctx.sentence.norm.slice(ctx.normIndex)),
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\b(?:as )?(?:already )?(?:stated|mentioned|listed|shown|detailed|outlined|noted|written|set out|addressed|covered|answered|explained|described) (?:clearly )?(?:in|on) my (?:cv|resume|résumé|application|portfolio|cover letter|linkedin)\b|\bmy (?:cv|resume|résumé|portfolio|application|cover letter|linkedin(?: profile)?) (?:clearly |actually |already |also |plainly )?(?:shows|lists|states|mentions|says|includes|highlights|demonstrates|showed|listed|stated|mentioned)\b/g,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\bi (?:was|am|were) not (?:being )?(?:at all )?(?:vague|unprepared|underprepared|nervous|rambling|unclear|unstructured|arrogant|negative|disorgani[sz]ed|unfocused|inexperienced|unqualified|underqualified|rude|late|dismissive|defensive|rehearsed|too junior|junior|lacking)\b|\bmy (?:[\w-]+ ){0,2}(?:was|were|is|are) not (?:\w+ )?(?:vague|unstructured|unclear|rambling|rehearsed|weak|thin|shallow|lacking|too long|off topic)\b|\bi do not lack\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\bi (?:am|was) (?:\w+ )?surprised (?:that you |you |to hear (?:that )?(?:you |i )?|by (?:the|your) )(?:say|said|think|thought|felt|feel|found|find|described|feedback|comment|assessment|that)\b/g,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /(?:^|[,;:] |\bbut )actually ,? (?:i (?:have|had|did|do|was|am|used|led|built|worked|answered|managed|ran|spoke|gave|know)|my )/g,
        negatable: false,
        when: (p) => p.feedbackReply,
      },
      {
        re: /\bi (?:really |honestly |genuinely |certainly |definitely )?did (?!not\b|find|wonder|enjoy|appreciate|learn|notice|feel|struggle|think|have|get|want|hope|reali[sz]e|mean|rush|ramble|go|run|make|miss|forget|lose|overrun|panic|freeze|slip|stumble|fumble|overlook|waffle|hesitate|lack|fall|take|try|read|start|see|like|love|skim|skip|gloss|misread|misjudge|misunderstand|underestimate|overcomplicate|overthink|mix|trail|cut|over-?prepare|under-?prepare|leave|stray|drift|wander|overshoot)\w*\b/g,
        // "Looking back, I did talk over him": an emphatic "did" that admits rather than rebuts; "I did spot a couple of
        // things, but missed the formula error": one that grants the shortfall after it.
        check: (ctx) =>
          !/\b(?:you are right|you were right|fair point|that is fair|i agree|good point)\b/.test(ctx.sentence.norm) &&
          !grantedAfter.test(ctx.sentence.norm.slice(ctx.normIndex)) &&
          // "I did skim the regulatory section because I ran short of time": the writer's own shortfall as the reason.
          !ownShortfallReason.test(ctx.sentence.norm.slice(ctx.normIndex)) &&
          // "I'll take the point about depth on board. I did skim the regulatory section.": granted just before.
          !(
            ctx.previous &&
            grantsPoint(ctx.previous.norm) &&
            !/\b(?:but|however|though|although|actually|still|yet)\b/.test(ctx.sentence.norm)
          ) &&
          !/\b(?:looking back|in hindsight|on reflection|in retrospect|admittedly|i (?:must |have to |will )?admit|yes|true|i (?:now )?(?:realise|realize|know|see))\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ),
        when: (p) => p.feedbackReply,
      },
      {
        re: new RegExp(
          `\\b${them} (?:\\w+ )?(?:missed|overlooked|ignored|misread|misjudged|underestimated|misunderstood|did not get|failed to see) (?:the (?:point|meaning|substance|context)|my (?:point|answers?|meaning|examples?|experience|skills?|background|abilities|ability|potential|cv|profile|record|work|portfolio)|what i (?:said|meant|was saying))\\b`,
          'g',
        ),
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\b(?:if|had) (?:you|they|the panel|the interviewers?|anyone|someone|somebody) (?:had |would have )?(?:asked|given me|let me|told me|probed|allowed me)\b[^.?!]*\bi (?:would|could) have\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\b(?:i|my [\w-]+(?: [\w-]+)?) (?:am|is|are|was|were|have|had|do|did) actually\b|\b(?:puzzled|baffled|confused|perplexed|surprised|shocked) (?:by|at) (?:this|that|the (?:feedback|comment|assessment|point|remark)|your (?:feedback|comment|assessment|point|remark))\b/g,
        when: (p) => p.feedbackReply,
      },
      {
        re: /\b(?:only|just) (?:[\w-]+ ){0,2}because (?:the|your|you|they)\b|\bbecause (?:the|your) (?:interviewers?|panel|recruiter|hiring manager|questions?|task|brief|room|setup|set-up|call|connection|video|timing|schedule|time limit)\b/g,
        when: (p) => p.feedbackReply,
      },
      {
        re: /\b(?:does not|do not|did not|would not) (?:really |actually |quite )?apply (?:to me|in my case)\b|\bnot (?:relevant|applicable|fair) (?:to me|in my case)\b|\b(?:misunderstanding|misreading|mistake) on (?:the panel's|your|their|the interviewer's) (?:side|part)\b/g,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\b(?:that|this|it|there) (?:is|was|has been|must be) (?:a|just a|some) (?:misunderstanding|misconception|misreading|mischaracteri[sz]ation|misrepresentation|mix-up)\b/g,
        when: (p) => p.rebuttalsMatter,
      },
      {
        re: /\bas i (?:said|mentioned|explained|stated|noted|pointed out|told you|wrote|tried to explain)\b/g,
        when: (p) => p.feedbackReply,
      },
      {
        re: /\bi (?:do |actually |certainly |definitely )?(?:have|possess|had) (?:plenty of|a lot of|lots of|extensive|significant|substantial|considerable|ample|more than enough|strong|solid|many years of|years of) (?:[\w-]+ ){0,2}?(?:experience|knowledge|skills?|expertise|background)\b|\bi do (?:have|know|understand)\b/g,
        when: (p) => p.feedbackReply,
      },
      {
        re: /\bi (?:do not|did not) (?:think|believe|feel) (?:that )?(?:i|my (?:[\w-]+ ){1,2})(?:was|were|am|is|are) (?:being )?(?:vague|unprepared|underprepared|nervous|rambling|unclear|unstructured|arrogant|negative|disorgani[sz]ed|unfocused|inexperienced|unqualified|rude|rehearsed|weak|thin|too junior|lacking)\b|\bi (?:do not|did not) (?:think|believe|feel) (?:that )?i (?:lacked|lack|rambled|was lacking)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
      },
      {
        // "my query was correct", "my answer was perfectly clear": the writer vindicating their own work against
        // the verdict. A belief already revised ("I had thought my answer was thorough, so…") or conceded ("…, but
        // I see it was hard to follow") is growth, not a rebuttal.
        re: /\bmy (?:[\w-]+ ){0,3}?(?:answers?|solutions?|code|query|queries|approach|design|implementation|reasoning|logic|responses?|explanations?|examples?|work|submission|estimates?|calculations?|output|results?|algorithm|take-home|tests?|presentation|slides|english|communication|experience|skills?|understanding|knowledge|structure|star answers?|stories|story) (?:[\w-]+ ){0,4}?(?:was|were|is|are) (?:actually |perfectly |completely |entirely |fully |technically |in fact |absolutely |quite |very |always |both )?(?:correct|right|valid|accurate|sound|complete|fine|working|optimal|efficient|thorough|clear|well-structured|structured|on point|spot on|fluent|strong|solid|sufficient|good enough|relevant|appropriate)\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        check: (ctx) => {
          const before = ctx.sentence.norm.slice(0, ctx.normIndex);
          const rest = ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length);
          return (
            // "your feedback on my presentation was spot on": what is judged is their feedback, not my work.
            !prepositions.has(ctx.sentence.tokens[ctx.at - 1]?.norm ?? '') &&
            !/\b(?:had|originally|at the time|at first) (?:\w+ )?(?:thought|believed|assumed|felt|hoped)\b|\b(?:if|whether|hoped|hope|wish|wished|unless|thought|believed|assumed)\b[^,;]*$/.test(
              before,
            ) &&
            !/\b(?:but|however|though|although|yet|so it is (?:useful|helpful|good)|in hindsight|came across)\b/.test(
              rest,
            )
          );
        },
      },
      {
        // "my stakeholder example was far stronger than the notes make it sound": the writer's work set above their account
        // of it.
        re: /\bmy (?:[\w-]+ ){0,3}?(?:was|were|is|are) (?:far |much |a lot |considerably |actually |really )?(?:stronger|better|clearer|deeper|more [\w-]+) than (?:the|your|their|that|this) (?:[\w-]+ )?(?:notes?|feedback|comments?|assessment|summary|scores?|write-up|report|description|panel|interviewers?) (?:\w+ )?(?:make|makes|made|suggest|suggests|suggested|say|says|said|show|shows|showed|give|gives|gave|credit|credits|imply|implies|recorded|captured|allow|allows)\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "The reason I paused was that…", "I only ran out of time because…": an excuse offered for what they noted.
        // "The reason my answer about the outage was short is that…": the shortfall can take a long subject.
        re: /\bthe (?:only |main |real |simple )?reason (?:why |that )?(?:i|my [\w-]+(?: [\w-]+)?) (?:\w+ ){0,8}?(?:was|is) (?:that|because|simply|just)\b|\bi (?:only |just )?(?:\w+ ){1,3}?(?:only|simply|just) because (?:of )?(?:the|your|you|they|there|it|i was (?:given|told|asked))\b|\bmy [\w-]+(?: [\w-]+)? (?:was|were|ran|went|came across|seemed|looked) (?:\w+ ){0,2}?(?:only|simply|purely|just) because\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        // "The reason I ask is that…": the writer's motive for the message, not an excuse.
        check: (ctx) =>
          !/\breason (?:why |that )?i (?:\w+ )?(?:am|was)? ?(?:ask|asked|asking|write|wrote|writing|reach|reached|reaching|mention|mentioned|mentioning|getting in touch|got in touch|in touch|contact|contacted|contacting|applied|want|wanted|would like)\b/.test(
            ctx.match[0],
          ),
      },
      {
        // "That's a bit harsh", "the comment surprised me": the feedback judged rather than received.
        re: /\b(?:that|this|it|the (?:comment|feedback|point|note|criticism|assessment|remark)|your (?:comment|feedback|point|note|criticism|assessment|remark)) (?:is|was|seems|seemed|feels|felt|sounds) (?:a (?:bit|little) |rather |quite |very |really |somewhat |pretty |a touch )?(?:harsh|unkind|severe|strict|over the top|unexpected)\b|\b(?:the|your|that|this) (?:comment|feedback|point|note|criticism|assessment|remark) (?:really |honestly |genuinely )?(?:surprised|shocked|puzzled|confused|baffled|stung) me\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        // "The comment surprised me at first, but it makes sense": surprise that ends in acceptance.
        check: (ctx) =>
          !/\b(?:at first|initially|but (?:it|that|you|on reflection)|makes sense|fair|you are right|helpful|useful)\b/.test(
            ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ),
      },
      {
        // "if you look at my portfolio again you'll see…", "my manager would tell you I'm organised": evidence or a
        // witness brought against the assessment.
        re: /\bif you (?:\w+ ){0,3}?(?:look|looked|read|check|checked|review|revisit|go back|went back)\b[^.?!]{0,50}?\byou (?:will|would|could|can|might) (?:\w+ )?(?:see|find|notice|realise|realize)\b|\b(?:(?:my|any of my|all my) (?:former |previous |current |last )?(?:manager|managers|boss|bosses|colleagues|team|teammates|references?|referees?|clients|reports|peers|appraisals?)|(?:anyone|anybody|everyone|people) who (?:has |have |had )?(?:managed|worked with|knows|know|supervised|led) me) (?:would|will|can|could|say|says) (?:\w+ )?(?:tell|confirm|vouch|attest|say|assure) (?:you|for me|that|otherwise|the opposite|differently|something different)\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "nobody in my current team has ever found my answers shallow": the verdict answered with the absence of it
        // anywhere else.
        re: /\b(?:nobody|no one|none of (?:my|the) [\w-]+|no (?:manager|client|colleague|employer|boss|one else)) (?:[\w-]+ ){0,4}?(?:has |have |had )?ever (?:\w+ )?(?:found|said|complained|told me|mentioned|called|thought|described|raised|flagged|criticised|criticized|questioned)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "the whiteboard was too small to lay out a proper design": the result put down to the conditions.
        re: /\b(?:the|that|your|their) (?:[\w-]+ )?(?:whiteboard|room|laptop|connection|wi-?fi|internet|screen|time ?slot|time limit|setup|set-up|audio|video|camera|desk|equipment|software|ide|editor|platform|tool|tools|line|call quality|sound|microphone|timing) (?:was|were|kept) (?:\w+ )?(?:too (?:small|short|slow|noisy|loud|cramped|tight|laggy)|poor|broken|patchy|unreliable|cramped|noisy|faulty|not working|dropping|freezing|cutting out)\b/g,
        when: (p) => p.feedbackReply,
      },
      {
        // "I had only thirty minutes for a task designed for two hours": the result blamed on the conditions.
        re: /\bi (?:only had|had only|was only given|was given only|only got|got only) (?:\w+ ){0,2}?(?:minutes?|hours?|an hour|half an hour|days?|a day|a week|time)\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
      },
      {
        // "I hear you on the communication point, but I've presented to boards many times": a concession that turns
        // into the writer's record. Growth after the "but" ("but I've since started…", "but I'll…") stays clean.
        re: /\b(?:but|however|though|although|yet)(?: ,)? i (?:have|had) (?:(?:always|often|regularly|successfully|many times|repeatedly|never|also) )?(?:presented|led|managed|built|delivered|shipped|run|written|taught|mentored|worked|done|handled|spoken|used|been praised|been told|received|never had|always had|passed)\b/g,
        when: (p) => p.feedbackReply,
        check: (ctx) =>
          !/\b(?:since|now|recently|just|already started|started|begun|signed up|will|going to|plan|practis\w*|practic\w*|improv\w*|work on|working on|to (?:fix|address|improve))\b/.test(
            ctx.sentence.norm.slice(ctx.normIndex),
          ),
      },
      {
        // "since I meet every requirement in the job description", said about the outcome: the decision must be wrong.
        re: /\bmy (?:[\w-]+ )?(?:experience|profile|background|skills|skill set|skillset|cv|qualifications?) (?:\w+ )?(?:match|matches|matched|fit|fits|fitted|meet|meets|met|covers?|exceeds?) (?:\w+ ){0,4}?(?:100 ?%?|perfectly|exactly|completely|fully|entirely|one hundred percent|100 percent)(?= |$)|\bi (?:\w+ )?(?:meet|met|tick|ticked|match|matched|fulfil|fulfill|fulfilled|satisfy|satisfied|exceed|exceeded|have|had|having|check|checked|cover|covered|hit) (?:\w+ )?(?:every|all|each) (?:single |one )?(?:of )?(?:the |your |their |its )?(?:[\w-]+ ){0,2}?(?:requirements?|criteria|criterion|box|boxes|skills?|qualifications?|certifications?|certificates?|credentials|accreditations?|bullet points?|points|items|things|essentials|experience)\b|\bi am (?:more than |over-?|well |highly )qualified\b/g,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        check: (ctx) =>
          /\b(?:surpris\w*|puzzl\w*|confus\w*|baffl\w*|perplex\w*|strange|odd|hard to (?:understand|accept|see|follow)|(?:do|did|can|could) not (?:understand|see)|decision|outcome|rejection|rejected|reconsider\w*|look again|candidature|candidacy|not (?:selected|chosen|successful|shortlisted|offered)|unsuccessful|no sense|disappoint\w*|shock\w*|despite|even though|so why|why|reasons?)\b/.test(
            // The claim may follow the outcome asked about or told in the sentence before: "…why I wasn't offered the role.
            // I met every requirement.", "I received the email that I was unsuccessful. …, as I met all the criteria."
            ctx.previous?.isQuestion ||
              /\bwhy\b/.test(ctx.previous?.norm ?? '') ||
              namesOutcome.test(ctx.previous?.norm ?? '')
              ? `${ctx.previous?.norm} ${ctx.sentence.norm}`
              : ctx.sentence.norm,
          ),
        suggest: fixed(
          "I'd welcome any pointers on which parts of my experience came across as less strong for this role.",
        ),
      },
      {
        // "I appreciate the feedback, although I'd point out that…": the thanks is a preamble to a rebuttal.
        re: /\b(?:although|though|but|however|that said|having said that|even so|mind you|still)(?: ,)? (?:i (?:would|must|should|have to|need to|want to|feel i should|feel i must|do|will)? ?(?:also |just )?(?:like to )?(?:point out|note|mention|add|stress|say|flag|remind you|highlight)|it is (?:also |only )?(?:worth|fair|important) (?:to )?(?:pointing out|noting|mentioning|saying|point out|note|mention|say|remember|remembering|bearing in mind)|(?:let me|allow me to) (?:point out|note|mention|add))\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
        check: (ctx) =>
          !agreesAfter(ctx) &&
          !/^ ?,? ?(?:that )?(?:i (?:have|had) (?:since|now|already|started|begun|taken|signed up)|since|i am (?:now|already|working|taking|keen|grateful|still)|i will|i would (?:love|like|welcome|be)|i (?:really )?(?:enjoyed|appreciate|appreciated|learned|learnt))/.test(
            ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ),
      },
      {
        // "…though I'm surprised, as my ward manager has always praised them": someone else's praise set against the
        // feedback.
        re: /\b(?:my|our) (?:[\w-]+ )?(?:manager|boss|supervisor|colleagues?|team|clients?|customers?|mentor|students|patients|lecturers?|tutors?|employers?|references?|referees?|peers|line manager|director|head|appraisals?|reviews?|reports) (?:has |have |had )?(?:always |often |repeatedly |consistently |regularly |only ever |all )?(?:praised|complimented|said (?:they|it|he|she|i|my)|told me (?:they|it|i|my)|described (?:them|it|me)|called (?:them|it|me)|rated (?:them|it|me)|(?:have|had|has) (?:been|had) (?:nothing but )?(?:positive|good|glowing|excellent))\b/g,
        negatable: false,
        when: (p) => p.feedbackReply,
        check: (ctx) =>
          /\b(?:but|though|although|however|surpris\w*|as|since|actually|in fact|yet|whereas|odd|strange)\b/.test(
            ctx.sentence.norm,
          ) &&
          !/\b(?:so i (?:will|am|have)|i will (?:work|practi[sc]e|try|improve|make|focus|take|change|keep)|i have since|i can see|i see (?:now|that|why))\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "the point about my nerves is a bit unfair given the interview started late": the feedback called unfair.
        re: /\b(?:point|comment|feedback|criticism|assessment|remark|note|observation|concern|view|idea|suggestion) (?:about|on|that|regarding) (?:[\w'-]+ ){1,6}?(?:is|was|seems|feels|sounds) (?:a bit |slightly |rather |quite |a little |somewhat |very |really |a touch |pretty |perhaps )?(?:unfair|harsh|unjust|inaccurate|untrue|wrong|off the mark|off base|misplaced)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        check: (ctx) => !agreesAfter(ctx),
      },
      {
        // "I'd say the task was unusually fiddly under time pressure": the shortfall put on the task.
        re: /\b(?:the|that|this|your) (?:[\w-]+ )?(?:task|test|question|questions|exercise|brief|case study|case|assessment|timing|time limit|format|setup|set-up) (?:was|were|is|felt|seemed) (?:\w+ )?(?:unusually |very |quite |really |particularly |extremely |rather |pretty |so |too |a bit |a little |overly |incredibly )?(?:fiddly|hard|difficult|ambiguous|unclear|vague|tricky|unfair|rushed|tight|confusing|badly (?:worded|designed|written|explained)|poorly (?:worded|designed|written|explained)|unrealistic|obscure)\b/g,
        negatable: false,
        when: (p) => p.feedbackReply,
        check: (ctx) =>
          !agreesAfter(ctx) &&
          !/\b(?:but (?:i|that is no excuse|still)|no excuse|i should have|i will|i can see|my (?:own )?(?:fault|mistake)|on me)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "I understand what you're saying, but the brief never said we'd need slides": the shortfall put on the
        // instructions. Growth after it ("…, so I've since practised with them") stays clean.
        re: /\b(?:the|your|their|that) (?:[\w-]+ )?(?:brief|instructions?|task|job description|description|advert|ad|spec|specification|invitation|invite|email|guidance|pack|letter) (?:\w+ )?(?:never|did not|does not|was not|were not) (?:\w+ )?(?:say|said|says|mention|mentioned|ask|asked|specify|specified|state|stated|tell|told|require|required|include|included|clear|explain|explained|warn|warned)\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter && p.afterDecision,
        check: (ctx) =>
          !/\b(?:since|now|next time|in future|will|going to|plan|practis\w*|practic\w*|improv\w*|work on|working on|should have (?:asked|checked)|useful|helpful|good to (?:know|learn|hear)|learn\w*|started|makes sense|fair)\b/.test(
            ctx.sentence.norm.slice(ctx.normIndex),
          ),
      },
      {
        re: /\bi (?:would|must|should|have to|need to|want to) (?:\w+ly |just )?point out\b|\b(?:nobody|no one) (?:ever |even |actually )?(?:told|warned|informed) me\b/g,
        negatable: false,
        when: (p) => p.rebuttalsMatter,
        check: (ctx) => !agreesAfter(ctx),
      },
    ],
  },
  {
    rule: 'tone.pleading',
    message:
      'Pleading or sharing hardship puts the reader in an uncomfortable position and will not change a hiring decision. Keep it professional and forward-looking.',
    suggest: fixed(
      "This role genuinely interested me, and I'd be grateful for any advice that would help me become a stronger candidate.",
    ),
    patterns: [
      {
        // "I'm struggling to see the point of applying anywhere any more": despair at the search.
        re: /\b(?:(?:do not|can not|no longer|struggl\w* to|fail to|barely) see (?:the|any) point (?:of|in) (?:applying|trying|carrying on|going on|continuing|looking|job hunting|job-hunting|searching|bothering|any of this)|what is the point (?:of|in) (?:applying|trying|carrying on|going on|continuing|any of this))\b/g,
        negatable: false,
      },
      {
        // "if there's anything at all, even a short contract, I'd be so grateful": any terms accepted.
        re: /\b(?:anything|any (?:job|role|work|position|opening)) (?:at all )?,? (?:even|including) (?:a |an )?(?:short|temporary|temp|part-time|junior|unpaid|entry-level|small|little|basic|zero-hours|fixed-term|\d+-month)\b/g,
        negatable: false,
      },
      {
        // "…I'd be so grateful. Things have been really hard.": hardship told right after a plea.
        re: /\b(?:things|life|it|the last (?:few )?(?:months|weeks|year)|this year) (?:has|have) been (?:really |so |very |incredibly |extremely |pretty |quite )?(?:hard|tough|difficult|rough|brutal|awful|grim)\b/g,
        negatable: false,
        check: (ctx) =>
          ctx.previous !== undefined &&
          /\b(?:anything|grateful|please|chance|opportunity|consider me|think of me|help me|need)\b/.test(
            ctx.previous.norm,
          ),
      },
      {
        re: /\b(?:i|we) (?:(?:am|really|desperately|truly|badly|genuinely|urgently|so|very|absolutely|just|actually|honestly|still|much|do) (?:, )?)*(?:need|needed|needs) (?:this|the|that|a) (?:job|role|position|opportunity|offer|work|income|money|break)\b/g,
        check: (ctx) =>
          !/\b(?:a (?:job|role|position|opportunity))\b/.test(ctx.match[0]) ||
          /\b(?:desperately|badly|urgently|really|very|so)\b/.test(ctx.match[0]),
      },
      {
        re: /\bneed (?:this|the|that) (?:job|role|position|opportunity|work) (?:so )?(?:badly|desperately|so much|more than)/g,
      },
      {
        // "I have no other interviews lined up and I'm beginning to despair": panic told; the 'no' is the empty diary, not a
        // denial of it (a denied panic, "I'm not starting to panic", is excluded in the pattern).
        re: /\b(?:do not know|not sure) how (?:much )?(?:longer|more) i can (?:keep going|go on|carry on|take|cope|last|manage|hold on)\b|\b(?:can not|could not|have not been able to|unable to|barely) sleep\b|\blosing sleep\b|\bi am (?:just |so |really |very |incredibly )+(?:anxious|stressed|scared|worried) (?:waiting|about (?:this|it|the (?:outcome|decision|news)))\b|(?<!\b(?:not|never) )\b(?:starting|beginning) to (?:panic|despair|lose hope|give up hope|get desperate|feel desperate|lose my mind)\b|\bi am (?:(?!not |never )\w+ )?(?:panicking|despairing|at my wits' end)\b|\bnothing (?:else )?(?:in the pipeline|lined up|on the horizon|left)\b(?=[^.?!]*\b(?:panic\w*|scared|afraid|worried|desperate|terrified|struggling|running out)\b)/g,
        negatable: false,
      },
      {
        re: /\b(?:struggling|suffering) (?:right now|at the moment|so much|a lot|badly|financially|mentally)\b|\b(?:would have|could have|would|will) (?:honestly |really |truly |genuinely |literally |completely |totally |absolutely )?change(?:d)? (?:everything|my life|my family's life|our lives)\b|\b(?:visa|livelihood|future|career|life|home|house|family's future) (?:depends|depend|is depending|relies|rests|hinges) on\b|\bsingle (?:mum|mom|mother|parent|dad|father)\b|\bneed (?:this|the|that) (?:income|money|salary|pay ?check|paycheque|wage)\b|\b(?:no|zero) (?:income|money|savings|salary)\b|\b(?:nothing|no other|no) (?:else )?(?:lined up|options?|offers?|alternatives?)\b|\bi am (?:really |so |very |extremely |incredibly )(?:worried|scared|anxious|stressed|terrified|panicking|frightened)\b|\brejected (?:by|from) (?:every|all|so many|dozens of|hundreds of|\d+)\b|\b(?:every|all the) (?:company|companies|job|jobs|role|roles|application|applications|interview|interviews) i (?:have |had )?(?:applied|interviewed|sent)\b|\b(?:mortgage|rent|bills|family|kids|children|livelihood|visa|future)(?: \w+)? (?:depend|depends|rely|relies|hinge|hinges|rest|rests) on\b|\bdo not know what else to do\b|\b(?:counting|relying|banking|depending) on (?:this|the|that|your) (?:job|role|offer|position|opportunity|income)\b|\b(?:such a |a )(?:really |very |incredibly |extremely )?(?:hard|tough|difficult|awful|terrible|horrible|brutal|gruelling|grueling|rough|punishing|bleak) (?:year|few months|couple of years|time|period)(?: for me)?\b|\bplease help me(?! (?:understand|improve|learn|see|get better|prepare))\b|\b(?:in|going through) (?:such )?a (?:really |very |extremely |incredibly |so )?(?:difficult|tough|hard|desperate|dire|bad|awful|terrible) (?:situation|place|time|spot|position)\b|\b(?:job|role|position|opportunity) (?:was|is|meant|means) everything to me\b|\b(?:searching|looking|hunting|applying) for (?:a )?(?:job|jobs|work|roles?) for (?:over |more than |almost |nearly )?(?:\w+ )?(?:years?|months?)\b|\bcan not go on like this\b|\b(?:at|reached) (?:the end of my tether|my wits' end|breaking point)\b|\bneed (?:to work|a job|work|the money|an income)(?= ?(?:[.,!;]|$|so\b|and\b|desperately|badly|now))|\b(?:accept|take) any (?:salary|pay|wage|offer|terms|role|position|job)\b|\b(?:would|will|could) (?:have )?mean(?:t)? (?:everything|the world) to (?:me|my family|us|my kids|my children)\b/g,
        // "It's been a tough year, so I really appreciate you being straight with me": a hard time told as the reason for
        // thanks, nothing asked.
        check: (ctx) => !hardshipOnlyThanked(ctx.sentence.norm),
      },
      {
        re: /\b(?:desperate(?:ly)?|begging|i beg(?: you| of you)?|please ,? please|i am pleading|i plead|i implore|on my knees)\b/g,
      },
      {
        re: /\b(?:my|our) (?:family|families|kids|children|child|son|daughter|wife|husband|partner|parents|mum|mom|dad|mother|father)(?: \w+)? (?:is |are |has been |have been )?(?:depending|depends|depend|relying|relies|rely|counting|count) on\b/g,
      },
      {
        re: /\b(?:mouths to feed|(?:rent|bills|mortgage|debts?|loans?) (?:to pay|is due|are due|due|are piling|piling)|i (?:can not|could not) afford|running out of (?:money|savings|options|hope)|out of (?:money|savings)|struggling (?:financially|to (?:pay|make ends meet|get by|cope))|make ends meet|(?:losing|lost) (?:all )?hope|(?:can not|could not) (?:take|cope with|handle|face) (?:another|more|any more) (?:rejections?|knock-?backs?)|devastated|heartbroken)\b/g,
      },
      {
        // "I'm finding it really difficult to accept this": distress at the outcome told to the reader.
        re: /\b(?:finding it|find it|it is|it has been|it was) (?:really |so |very |incredibly |extremely |just )?(?:hard|difficult|impossible) to (?:accept|take in|process|move on|cope|get over|deal with|come to terms)\b/g,
        when: (p) => p.afterDecision && !p.feedbackReply,
      },
      {
        re: /\b(?:(?:been|am|was|are) (?:unemployed|out of work|jobless|without (?:a )?(?:job|work|income)|job hunting|job-hunting|looking for work)(?: for| since)|unemployed for|out of work for)\b/g,
      },
      {
        // "I'm running on empty", "I don't know how many more of these I have in me", "getting this post is the only thing
        // keeping me going", "Please, is there really no way…?": the writer's reserves told as spent, or a plea opening
        // the question.
        re: /\brunning on empty\b|\bhow many more (?:of (?:these|this|them) )?(?:[\w-]+ )?i (?:have|can take|can face|can handle|can do) (?:left )?(?:in me)\b|\b(?:the )?only thing (?:that is |that has been |that keeps me |)?keeping me going\b|^(?:please|i beg you|i am begging you) ,? (?:is|are) there (?:really |truly |honestly )?(?:no|nothing|not)\b/g,
        negatable: false,
      },
      {
        // "this is honestly keeping me up at night", "I've lost sleep over it": the wait's toll on the writer told.
        re: /\b(?:keeping|keeps|kept|keep) me (?:up|awake) (?:at night|all night|every night)\b|\b(?:losing|lost|lose) (?:so much |a lot of |any )?sleep (?:over|about|because of|since)\b|\b(?:can not|could not|barely|hardly) (?:\w+ )?sleep (?:for|since|because|thinking)\b|\bput me out of my misery\b/g,
      },
      {
        // "I'm not sure how many more rejections I can take", "I'd pinned everything on it", "I'm barely holding it together",
        // "please give me this chance": distress told to the reader, or a plea with nothing else asked.
        // "I'm not sure I can take another rejection", "I couldn't face one more no": the writer's strength to bear the next
        // blow doubted or denied; the doubt is the distress, so the negation does not cancel it.
        re: /\bhow (?:many|much) more (?:rejections?|of this|no(?:e?s)|knock-?backs?|disappointments?) i can (?:take|handle|bear|cope with|face|stand)\b|\b(?:(?:not (?:sure|certain)|do not know|do not think|doubt|wonder) (?:if |whether |that )?i (?:can|could|will be able to)|i (?:can not|could not|will not be able to|am not able to)) (?:\w+ )?(?:take|handle|bear|cope with|face|stand|survive|go through|deal with|stomach|endure) (?:another|one more|any more|many more|more|yet another) (?:\w+ )?(?:rejections?|no(?:e?s)?|knock-?backs?|disappointments?|setbacks?|blows?|refusals?)\b|\b(?:pinned|pinning|put|putting|staked|staking|bet|betting|rested|resting|hung|hanging) (?:all )?(?:my hopes|everything|my (?:whole )?(?:future|everything)) on\b|\b(?:barely|hardly|just about) (?:holding (?:it|myself) together|coping|keeping (?:it|myself|my head) together|getting by|functioning)\b|\b(?:i am|i have been|i feel|i have felt|things (?:are|have been)|it has been|life (?:is|has been)|everything (?:is|has been)) (?!not |never )(?:\w+ )?(?:very |really |so |pretty |quite )?(?:dark|bleak|grim|in a (?:dark|bad|low) place|at my lowest|at (?:a |my )?breaking point|falling apart|at rock bottom)\b|\bplease (?:just )?(?:give|grant|offer) me (?:this|the|that) (?:chance|opportunity|job|role|shot)\b/g,
        // "I'm not sure how many more I can take": the doubt is the distress, not a negation of it.
        negatable: false,
        check: (ctx) => !/^please/.test(ctx.match[0]) || !ctx.profile.afterDecision,
      },
      {
        // "I cried when I read your email", "I'm really counting on hearing something positive", "You have no idea what this
        // rejection has done to me": the writer's hurt or hope laid on the reader.
        re: /\bplease (?:do not|never) (?:tell me|let (?:it|this|that|all this|all of this) (?:be|have been)|say)\b[^.?!]{0,40}?\b(?:for nothing|in vain|wasted|the end|over|pointless)\b|\bmy (?:therapist|counsell?or|psychologist|psychiatrist)\b|\bi (?:\w+ )?(?:cried|wept|sobbed|broke down|was in tears|burst into tears)\b(?= (?:when|after|as|reading|at|all|for|over|on)\b)|\bi (?:can not|could not|do not know (?:if|how) i can|do not think i can|am not sure i can) (?:keep going|go on|carry on|cope|take (?:much |any )?more|keep doing this|handle (?:another|any more|much more))(?: (?:like this|with this|much longer|anymore|any longer))?\b|\bi (?:have been|was|am|have not stopped|can not stop|could not stop) (?:\w+ )?(?:crying|sobbing|in tears|weeping)\b|\b(?:counting on|banking on|relying on|depending on) (?:you|this|hearing|a yes|good news|something positive|the job|the role|an offer|a positive|your answer)\b|\b(?:what|how much) (?:this|the|your) (?:rejection|decision|news|email|no|outcome) (?:has )?(?:done to|did to|meant to|hurt|affected) me\b/g,
        negatable: false,
      },
      {
        // "If this doesn't happen I think I'll give up on the industry altogether": despair laid on the reader's decision.
        re: /\b(?:give|giving) up (?:on )?(?:the (?:industry|field|profession|sector|search|idea)|this (?:career|field|industry|profession|path)|my (?:career|dreams?|search|ambitions?)|(?:looking|applying|job hunting|trying|hope)|altogether|completely|entirely|everything|on (?:myself|everything))\b|\b(?:quit|walk away from|pack in|throw in the towel on) (?:the industry|this (?:career|field|industry|profession)|my (?:career|search)|job hunting|applying)\b/g,
        check: (ctx) =>
          /\b(?:if|unless|otherwise|or|without|i (?:think|will|might|may|would|could|am going to|feel like))\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ),
      },
      {
        re: /\bmy (?:last|only|final) (?:hope|chance|option|lifeline|shot)\b|\b(?:this|it|you) (?:is|was|are|were) (?:my|the) (?:last|only) (?:hope|option|lifeline)\b/g,
      },
      {
        // "I'd be willing to start on a lower salary": the writer bidding their pay down to be taken.
        re: /\bi (?:will|would|am willing to|am happy to|could|can|am ready to|am prepared to|would be (?:willing|happy|glad|prepared|ready|open) to|would even) (?:even |gladly |happily |honestly |literally )?(?:do anything|do whatever (?:it takes|you (?:need|want|ask))|work (?:for free|for nothing|unpaid|without pay)|(?:take|start on|start at|come in (?:on|at)|join (?:on|at)|work for|settle for) (?:a |any )?(?:lower|reduced|smaller|pay cut|cut in pay|lesser|lower-paid)|accept (?:a |any )?(?:lower|reduced|smaller|lesser|pay cut)|take any (?:role|job|position))|\b(?:work|do it|intern) for free\b/g,
      },
      {
        re: /\b(?:this|the) (?:job|role|position|opportunity) (?:means|meant) (?:everything|the world) to (?:me|my family|us)\b|\b(?:it|this) (?:would|will) (?:honestly |really |truly |genuinely |literally |absolutely )?mean (?:everything|the world) to (?:me|my family|us)\b/g,
      },
      {
        // Hardship and distress told to the reader: money running out, mouths to feed, a low point, the toll of rejections.
        // Not a hard time told only as the reason for thanks.
        check: (ctx) => !hardshipOnlyThanked(ctx.sentence.norm),
        re: /\b(?:savings|money|funds|benefits|redundancy pay|severance) (?:\w+ )?(?:run|runs|ran|are running|is running|will run) (?:out|dry|low)\b|\b(?:children|kids|family|mouths|dependants|dependents|people) to (?:feed|support|provide for)\b|\b(?:a |my )?(?:really |very |real |all-time )?(?:low point|rock bottom|lowest point|dark place)\b|\b(?:so many|another|one more|endless|countless|constant|all these|all the) (?:rejections|knock-?backs|no's|noes|rejection)\b(?! (?:email|letter|template))|\b(?:this one|this|it|the news) (?:really )?(?:hit|hits|has hit) (?:me )?(?:hard|badly)\b|\b(?:can not|could not|can't|do not think i can|do not know if i can|am not sure i can) face (?:starting|another|going|doing|the|it|all)\b|\b(?:sent|made|submitted|filled in|done|written|applied (?:to|for)) (?:over |more than |nearly |almost |about |around |well over )?(?:\d+|a hundred|hundreds of|dozens of|countless|(?:two|three|four|five) hundred|fifty|sixty|seventy|eighty|ninety) (?:job )?(?:applications|cvs|jobs|roles|positions|companies|cover letters)\b|\b(?:working|worked|been working) towards (?:\w+ ){0,2}for (?:years|months|so long|a long time)\b|\b(?:i am|i feel|i felt) (?:\w+ )?(?:crushed|broken|exhausted|depressed|hopeless|in despair|devastated)\b|\b(?:can not|could not) (?:quite |really )?believe (?:it is|it was|this is|that it is) (?:all )?over\b|\bmy (?:confidence|self-esteem|morale|hope) (?:is|has been|was) (?:\w+ )?(?:in pieces|shattered|destroyed|gone|at rock bottom|in tatters)\b|\b(?:on|claiming|living on) (?:benefits|universal credit|jobseeker's allowance|welfare)\b|\b(?:in a bad way|struggling|stretched|in trouble|in debt|ruined) financially\b|\b(?:this|it|the|that)(?: (?:news|rejection|decision|outcome|result|email|call))? (?:has )?(?:\w+ )?(?:crushed|broken|devastated|destroyed|floored|gutted|shattered|flattened) me\b|\bfinancially (?:stretched|ruined|desperate|struggling|broken)\b|\b(?:would|could|will) have saved (?:me|us|my family)\b|\banything (?:at all )?(?:to|for) (?:get (?:started|in|a foot|my foot)|work (?:with|for|here)|be part of|join)\b/g,
        when: (p) => p.afterDecision,
      },
      {
        // "I don't know what I'll do if this doesn't work out", "nowhere else to turn": despair laid on the reader.
        re: /\b(?:do not|can not|did not) know what (?:else )?(?:i (?:will|would|am going to|shall|can) |to )(?:do|turn to)\b(?= (?:if|without|now|next)\b| ?[.,;!?]| ?$)|\bnowhere (?:else )?to (?:turn|go)\b|\b(?:sole|only) (?:earner|breadwinner|provider)\b/g,
        negatable: false,
      },
      {
        // "I promise I'd work harder than anyone": bargaining with effort for a decision already made.
        re: /\bi (?:\w+ )?(?:promise|swear|guarantee|assure you)(?: you)?(?: that)? (?:i (?:will|would|shall|am going to|can) |to )(?:\w+ ){0,2}?(?:work (?:so |very |extra |really )?hard|work harder|the hardest|never let|not let (?:you|anyone|the team) down|not disappoint|never disappoint|do my (?:very )?best|give (?:it )?(?:my all|everything|100)|be the best|be worth|prove|make it up)\b|\b(?:work|try) harder than (?:anyone|anybody|everyone|any other|the other|all the)\b/g,
        when: (p) => p.afterDecision,
      },
      {
        re: /\bplease (?:,? )?(?:do not give up on me|pick me|choose me|hire me|take me|give me (?:the|this) (?:job|role|position)|do not reject me)\b/g,
      },
    ],
  },
  {
    rule: 'tone.pressure',
    message:
      'Deadlines, demands or threats make a reply less likely: they owe you nothing. Make it easy to answer whenever they can.',
    suggest: fixed("Whenever you have a moment, I'd be grateful for any feedback you're able to share."),
    patterns: [
      {
        // "I've always spoken highly of your company, so I'd hope that buys me an interview": goodwill priced.
        re: /\b(?:that|this|it|which) (?:should |would |might |will |ought to )?(?:buys?|earns?|buy|earn) me (?:an? |some |at least an? )?(?:interview|place|spot|chance|look|shot|consideration|favou?r|conversation|call)\b/g,
        negatable: false,
      },
      {
        // "…so if you want me you'll need to act fast": the reader told to hurry or lose the writer.
        re: /\byou (?:will |would |may |might )?(?:need|have|want|had better|'d better|better) (?:to )?(?:act|move|decide|be) (?:\w+ )?(?:fast|quickly|quick|soon|now|promptly|sharpish)\b/g,
        negatable: false,
        when: (p) => !p.formalRequest,
      },
      {
        re: new RegExp(
          `\\b(?:reply|replies|respond|response|answer|feedback|explanation|update|decision|get back to me|hear back|hear from you|an update|a decision|an explanation|let me know|send (?:me|it|over|through)|call me|contact me|email me|get in touch|come back to me|revert|write back|provide|explain|to know)\\b[^.?!;]{0,40}?\\b(?:by|before|within|no later than|until|at the latest by) ${deadline}\\b|\\b(?:by|before|within|no later than) ${deadline} (?:,? )?(?:please|i (?:need|expect|require|want|must))\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => !p.formalRequest,
        check: (ctx) =>
          !/\bi (?:will|can|am going to|could|would|plan to|aim to|hope to|shall|should) (?:\w+ )?(?:send|have|get|share|prepare|finish|complete|submit|follow|do|be|provide|reply|update|let)\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex + ctx.match[0].length),
          ) &&
          // "I know the decision is due by Friday": their own schedule described, not a deadline set for them.
          !/\b(?:is|are|was|were|will be|should be|would be) (?:\w+ )?(?:due|expected|scheduled|planned|set|made|taken|announced|ready|out|final(?:i[sz]ed)?|coming|happening)\b/.test(
            ctx.match[0],
          ) &&
          // "You have a decision to make by Friday", "let me know by Friday if you need anything else from me": their
          // timetable, or help offered within it.
          !/\b(?:you|they|the [\w-]+) (?:have|has|had|said|mentioned|told me|expect|plan|hope|aim)\b[^.?!;]{0,30}?\b(?:decision|decide|deciding)\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex + ctx.match[0].length),
          ) &&
          !/\bif you need (?:anything|any|something|more)\b/.test(ctx.sentence.norm) &&
          // "Your recruiter said feedback usually comes within two weeks": their own timetable, reported.
          !recallsTheirTimeline(ctx) &&
          // "I have another offer I need to answer by Friday": the writer's own deadline, owed to someone else.
          !ownObligationAt(ctx),
      },
      {
        // "I trust I'll have it within 48 hours": a deadline put as the writer's expectation of receiving.
        re: new RegExp(
          `\\bi (?:\\w+ )?(?:trust|expect|assume|presume|am counting on|count on|look forward to receiving|look forward to hearing|will be expecting|shall expect) (?:that )?(?:i (?:will|would|shall|can) )?(?:\\w+ ){0,4}?(?:have|receive|get|hear|see|reply|respond|answer|send|let me know)\\b[^.?!;]{0,30}?\\b(?:by|before|within|no later than) ${deadline}\\b`,
          'g',
        ),
        negatable: false,
        when: (p) => !p.formalRequest,
      },
      {
        // "Per my last email", "still waiting on the feedback you promised": reproach for a reply not yet sent.
        re: /\b(?:as )?per my (?:last|previous|earlier|prior|recent) (?:email|message|note|mail|letter|request|call)s?\b|\b(?:still|yet to|am|have been) (?:\w+ )?(?:waiting|wait) (?:for|on) (?:the|your|any|a|some|that) (?:[\w-]+ ){0,2}?(?:you|that you|which you|he|she|they|your [\w-]+) (?:\w+ )?(?:promised|said (?:you|they|he|she) would|committed to|agreed to|offered)\b|\b(?:which|that) i (?:assume|presume|suppose|imagine) (?:got|was|must have been|has been) (?:lost|missed|buried|overlooked|ignored)\b|\b(?:otherwise|failing that|failing which|if not) ,? i (?:will|shall|would have to|will have to|am going to|may have to|might have to)\b|\btime is of the essence\b|\bplease (?:\w+ )?(?:prioriti[sz]e|expedite|hurry|action|fast-?track) (?:this|my|it)\b|\b(?:this|it|the matter) is (?:\w+ )?(?:urgent|time-sensitive|time sensitive|pressing)\b|\bas a matter of urgency\b/g,
        negatable: false,
        when: (p) => !p.formalRequest,
      },
      {
        re: /\b(?:reply|respond|answer|get back to me|come back to me|revert|write back|call me|let me know|send (?:it|me|this|them|(?:the|your|any) (?:[\w-]+ )?(?:feedback|notes|reasons?|reply|response|answer|details|scores?|results?))|hear back|hear from you)\b[^.?!;]{0,25}?\b(?:today|tonight|immediately|straight away|right away|asap|as soon as possible|urgently|at once|promptly|without delay|without further delay)\b/g,
      },
      {
        re: /\basap\b/g,
        check: (ctx) => !/\bi (?:can|could|am able to|would) (?:\w+ )?(?:start|begin|join)\b/.test(ctx.sentence.norm),
      },
      {
        // "kindly provide the reason at the earliest" (Indian English for "as soon as possible"); "at your earliest
        // convenience" leaves the time to them, and "I can start in March at the earliest" is the writer's own date.
        re: /\bat the earliest\b(?! (?:convenience|opportunity (?:that|which) suits))/g,
        negatable: false,
        check: (ctx) =>
          !/\b(?:i|we) (?:can|could|am able to|would|will|might) (?:\w+ )?(?:start|begin|join|move|relocate|be available)\b|\b(?:start|starting|available|availability|notice)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        re: /\b(?:you owe me|(?:i am|i feel|i think i am|i was|i feel i am) owed|i (?:deserve|demand|insist on|require) (?:an? |some |at least an? |proper |a proper |real |your |to (?:know|hear|get|receive) )?(?:explanation|answer|reply|response|feedback|reason|better|the courtesy|respect|why|an answer)|i (?:expect|demand) (?:a |an |your |to (?:receive|hear|get) (?:it |a |an |your |some )?|some |the |at least )?(?:reply|response|answer|explanation|feedback|it|one|an update|the feedback|back|courtesy|decency|respect)|i insist)\b/g,
      },
      {
        re: new RegExp(
          `\\bi (?:would|do|fully|will|really) (?:(?!not |never )\\w+ )?(?:expect|demand) (?:\\w+ ){0,8}?(?:by|within|before|no later than) ${deadline}|\\bi (?:would|do|fully|will|really) (?:(?!not |never )\\w+ )?(?:expect|demand) (?:(?:a|an|your|the|some|at least a|at least an) (?:[\\w-]+ ){0,3}?(?:reply|response|answer|explanation|feedback|update|call|breakdown|account|summary|report|justification)|(?:it|one|feedback|an answer|a reply) (?:by|within|before) ${deadline}|to (?:hear|receive|get) (?:back|a reply|a response|an answer|feedback|it))\\b`,
          'g',
        ),
      },
      {
        re: /\bi (?:am|feel|think i am) entitled to\b|\bi (?:\w+ ){0,2}?have (?:a|the|every) right to (?:\w+ ){0,2}?(?:know|explanation|feedback|reply|answer|response|reason|reasons)\b/g,
        when: (p) => !p.formalRequest,
      },
      {
        re: /\b(?:escalat(?:e|ed|ing) (?:this|it|that|the matter|matters|my \w+|things|further|to)|escalat(?:e|ing)(?= ?[.,;!?]| ?$)|(?:an|formal) escalation|take (?:this|it|the matter|things|my complaint) (?:further|higher|elsewhere)|go over your head|name and shame|or else|legal action|take (?:legal )?action against|(?:my|a|the|to a|to my) (?:lawyer|solicitor|attorney|legal team|legal adviser|legal advisor)|(?:sue|suing) (?:you|the company|your)|employment tribunal)\b/g,
        when: (p) => !p.formalRequest,
        // "I would always escalate to the designated lead the same day": the writer's working practice, not a threat.
        check: (ctx) =>
          !/\b(?:always|usually|normally|routinely|typically|whenever|in my (?:current |last |previous )?(?:role|job|post|team))\b/.test(
            ctx.sentence.norm.slice(0, ctx.normIndex),
          ) &&
          !/^escalat\w* (?:(?:it|this|concerns?|issues?|incidents?|cases?|risks?) )?to (?:the |my |our |a )?(?:designated|safeguarding|duty|on-call|senior|clinical|line|appropriate|relevant|right|nurse|ward|site|shift) /.test(
            ctx.match[0] + ctx.sentence.norm.slice(ctx.normIndex + ctx.match[0].length),
          ),
      },
      {
        // "kindly respond to my mail at your earliest, it is now more than two weeks": a reply ordered as soon as possible,
        // in the learner's and the old business letter's words ("at your earliest" without "convenience").
        re: /\b(?:kindly|please|do) (?:\w+ ){0,2}?(?:respond|reply|revert|answer|get back|confirm|send)\b[^.?!]*\bat (?:your|the) earliest\b(?! (?:possible )?convenience)/g,
        when: (p) => !p.formalRequest,
      },
      {
        // "I'd need confirmation of that before accepting any next stage": a condition set on going on with them.
        re: /\bi (?:would |will |do |really )?need (?:\w+ ){0,2}?(?:confirmation|a commitment|a guarantee|an answer|a decision|assurances?|sign-off|your agreement|written confirmation)\b[^.?!]*\bbefore (?:i (?:can |could |will )?(?:accept|agree|attend|continue|commit|go|proceed|move|do|take)|accepting|agreeing|attending|continuing|committing|going|proceeding|moving|doing|taking)\b/g,
        when: (p) => !p.formalRequest,
      },
      {
        // "Second reminder.", "Final reminder.", "Please respond.": a chaser or an order to reply, with nothing else said.
        re: /^(?:(?:this is )?(?:my |a |the )?(?:second|2nd|third|3rd|final|last)(?: and (?:final|last))? (?:reminder|chaser|notice|request)(?: (?:now|from me|on this))?|(?:please )?(?:respond|reply|answer)(?: (?:now|asap|promptly|urgently|immediately|to (?:this|me|my (?:email|message|emails|messages))))?) ?[.!]*$/g,
        negatable: false,
        when: (p) => !p.formalRequest,
      },
      {
        // "THIRD EMAIL.", "my fourth message on this": the count of chasers held up to them.
        re: /\b(?:third|fourth|fifth|sixth|\d+(?:rd|th)) (?:email|message|time (?:i am|i have) (?:asking|asked|writing|written|chasing)|time (?:now|asking|of asking|in a row)|attempt|request|chaser|follow-up|reminder)\b/g,
        when: (p) => p.afterDecision && !p.formalRequest,
      },
      {
        // "As I'm sure you're aware, candidates talk to each other": the reputation held over them.
        re: /\b(?:candidates|applicants|people|word|news|these things) (?:do |will |tend to )?(?:talk|talks|gets? (?:around|out|about)|spreads?|travels?)\b(?! (?:about (?:the|your) (?:culture|team|product|work|mission)|highly|well))/g,
        negatable: false,
        when: (p) => p.afterDecision,
        check: (ctx) =>
          /\b(?:process|treat\w*|experience|look|reputation|firm|company|employer|aware|know|each other|industry|sector)\b/.test(
            ctx.sentence.norm,
          ),
      },
      {
        // "…this week, if not I will have to think you are not serious": a condition with a verdict on them as its price.
        re: /\b(?:if not|otherwise|or else|if i do not hear|unless i hear)\b[^.?!]{0,30}?\bi (?:will|shall|am going to|would) (?:have to |be forced to )?(?:think|assume|conclude|consider|take it|believe|say) (?:that )?(?:you|your [\w-]+|the company|they|it) (?:are|is|were|do) not (?:serious|professional|interested in candidates|honest|respectful|a serious)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I'm going to hold you to that": their word taken as a debt to be collected.
        re: /\bi (?:am going to|will|shall|intend to|fully intend to|do intend to) (?:\w+ )?hold (?:you|them|him|her|your [\w-]+|the [\w-]+) to (?:that|it|this|your word|their word|the promise|your promise|what (?:you|they|he|she) said)\b/g,
        negatable: false,
        when: (p) => p.afterDecision,
      },
      {
        // "I'll keep checking in until I hear something": chasing promised until they give in.
        re: /\bi (?:will|shall|am going to|intend to|plan to) (?:just |simply )?(?:keep|continue|carry on|go on) (?:on )?(?:checking|chasing|following up|emailing|writing|calling|ringing|phoning|asking|messaging|nudging|contacting|trying)\b[^.?!;]{0,30}?\buntil\b/g,
        negatable: false,
        when: (p) => p.afterDecision && !p.formalRequest,
      },
      {
        // "Three emails. Nothing.", "I have sent four messages now": the chasers counted and held up to them.
        re: /^(?:(?:that is|this is|now|i have (?:now )?sent|i have (?:now )?left|i sent|i have written) )?(?:three|four|five|six|seven|several|multiple|\d+) (?:emails|messages|chasers|reminders|follow-ups|attempts|calls|voicemails)(?: (?:now|so far|already|in a row|and (?:nothing|no (?:reply|response|answer))))? ?[.!]*$/g,
        negatable: false,
        when: (p) => p.afterDecision && !p.formalRequest,
      },
      {
        // "I'm keeping a record of every unanswered email, for obvious reasons": a file kept against them.
        re: /\b(?:keeping|kept|keep|have kept|made|making) (?:a )?(?:record|note|log|track|copies|copy|evidence|screenshots?) (?:of )?(?:every|all|each|your|the) (?:(?:unanswered|ignored|unreturned) )?(?:emails?|messages?|calls?|replies|responses|exchanges?|correspondence|silence|chasers|follow-ups)\b|\bfor (?:obvious|legal|my own) (?:reasons|records)\b(?=[^.?!]*\b(?:unanswered|ignored|silence|record|log)\b)/g,
        when: (p) => p.afterDecision && !p.formalRequest,
      },
      {
        // "I'll be posting a write-up of my interview experience next week, so do let me know if there's anything you'd
        // like me to include": a public account of their process announced, the platform left unsaid.
        re: /\bi (?:\w+ ){0,2}?(?:will|am going to|plan to|intend to|am planning to|am about to|am) (?:be |now |soon )?(?:post|posting|publish|publishing|writ(?:e|ing) up|writ(?:e|ing)|put(?:ting)? (?:up|out)|shar(?:e|ing)|record(?:ing)?)\b[^.?!]{0,40}?\b(?:write-?up|review|blog(?: post)?|post|thread|article|story|account|video|piece|experience)\b[^.?!]{0,30}?\b(?:(?:of|about|on) (?:my |the |your |this |our )?(?:interview|interviews|application|process|candidate experience|hiring|recruitment|company|firm|team)|interview experience|candidate experience|(?:my|the) experience (?:with|of) (?:you|your|the))\b/g,
        when: (p) => p.afterDecision,
      },
      {
        // Publicising or escalating, whatever the hedge: "I'd hate to have to leave a review on Glassdoor".
        re: new RegExp(
          `\\bi (?:\\w+ ){0,3}?${threatModal}(?: \\w+){0,3}? (?:post(?:ing)?|writ(?:e|ing)|shar(?:e|ing)|leav(?:e|ing)|tell(?:ing)?|review(?:ing)?|report(?:ing)?|complain(?:ing)?|contact(?:ing)?|speak(?:ing)? to|talk(?:ing)? to|go(?:ing)? to|rat(?:e|ing)|forward(?:ing)?|copy(?:ing)?|cc(?:ing)?|send(?:ing)?|escalat(?:e|ing)|rais(?:e|ing) (?:this|it|the matter|my concerns?)|tak(?:e|ing) (?:this|it|the matter|my complaint) to)\\b[^.?!]{0,60}?\\b(?:glassdoor|indeed|trustpilot|linkedin|twitter|reddit|facebook|tiktok|instagram|social media|publicly|everyone i know|the press|journalists?|your (?:ceo|boss|manager|director|founder|board)|the (?:ceo|founder|board|press|media)|your (?:hr|human resources|head office|legal department|line manager|superiors|senior management|leadership|head of \\w+|hr department)|(?:my|a|the) (?:local )?(?:councillor|mp|ombudsman|regulator|union(?: rep(?:resentative)?)?|lawyer|solicitor|journalist))\\b`,
          'g',
        ),
        // "I'd love to share your post on LinkedIn" is goodwill, not a threat.
        check: (ctx) => !/\b(?:love|like|glad|happy|keen|delighted|pleased|excited|proud) to\b/.test(ctx.match[0]),
      },
      {
        re: /\b(?:surely|i am sure|i am certain|i think) you (?:can|could) (?:find|spare|take|manage) (?:\w+ ){0,2}(?:minutes?|moment|seconds?|time)\b|\bis (?:anyone|anybody|someone|somebody|no one) (?:ever )?(?:going to|planning to|able to) (?:reply|respond|answer|get back)\b|\byour (?:[\w-]+ ){0,2}?(?:ceo|boss|founder|board|manager|director|md|hr|head of \w+|superiors|leadership|senior management|customers|clients|investors|chairman|chair|owner|partners) (?:\w+ )?(?:would|might|will|may) (?:be )?(?:very |really )?(?:interested|like|love|want|keen|curious|care) (?:to )?(?:hear|know|learn|read)\b|\b(?:make me|have to|will|going to) chase (?:you|this|this up|again)\b|\bchas(?:e|ing) you (?:again|any more|further)\b|\bthe least (?:you|your \w+|they) (?:can|could) do\b/g,
        negatable: false,
      },
      {
        // "a reply isn't too much to expect after two interviews": entitlement put as modesty ("I hope it isn't too much to
        // ask" is the modesty itself).
        re: /\b(?:is|be|seems?) (?:not|hardly|surely not|never) (?:really )?(?:too much|a lot|much|unreasonable) to (?:ask|expect|hope for|want)\b/g,
        negatable: false,
        check: (ctx) => !/\b(?:hope|hoping|trust|wonder|if|whether)\b/.test(ctx.sentence.norm.slice(0, ctx.normIndex)),
      },
      {
        re: /\b(?:make sure|ensure|see to it that) (?:everyone|everybody|people|the world|others|other candidates|the whole industry|my network) (?:hears?|knows?|finds? out|learns?)\b|\bor (?:else )?i (?:will|shall|am going to) (?:make sure|tell|post|report|escalate|complain|contact|share|write|leave|go to|take)\b/g,
        negatable: false,
      },
      {
        re: /\b(?:formal|official|written) complaint\b|\b(?:lodge|file|make|submit|raise|put in) (?:a |an )?(?:formal |official )?(?:complaint|grievance)\b|\bcomplain(?:ing)? (?:to|about you to)\b/g,
        when: (p) => !p.formalRequest,
      },
      {
        re: /\b(?:my |the )?(?:third|fourth|fifth|sixth|umpteenth|nth) (?:email|message|attempt|follow-up|reminder|chaser) (?:now|already|in a row|this month|this week)\b|\bi (?:would like|want|wish|ask for) (?:that|this|it|my (?:\w+ )?(?:comments?|objection|concerns?|complaint|view)) (?:noted |put |placed |kept |formally )?(?:on (?:the )?record|on file|formally noted)\b|\bthis is (?:now )?(?:my|the) (?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|umpteenth|nth) (?:email|message|attempt|time|follow-up|request|reminder|chaser)\b|\bi have (?:now )?(?:emailed|written|messaged|called|asked|chased|followed up)(?: you| to you)? (?:\w+ )?(?:twice|three times|four times|several times|multiple times|many times|repeatedly|\d+ times)\b|\bwhy (?:have|has|did) (?:you|no one|nobody) (?:still )?(?:not )?(?:replied|responded|answered|got back|gotten back|written back|reply|respond|answer|get back)\b|\b(?:ignoring|ignored) (?:me|my (?:emails?|messages?|requests?|calls?))\b/g,
        negatable: false,
      },
      {
        // Entitlement: "I think I deserve at least a proper explanation", "the least I'm owed", "I've earned some feedback".
        re: /\bi (?:\w+ ){0,3}?(?:deserve|deserved|am owed|was owed|am due|have earned|earned|am entitled to|was entitled to)\b (?:\w+ ){0,4}?(?:explanation|answer|reply|response|feedback|reason|reasons|better|more than|courtesy|respect|call|phone call|closure|update|the truth|honesty|to (?:know|hear|be told|understand))\b|\bi (?:\w+ )?(?:have earned|earned|deserve) one\b|\b(?:candidates|applicants|people|anyone|someone|everyone) (?:[\w-]+ ){0,6}?(?:deserve|deserves|are owed|is owed|are entitled to|is entitled to|have a right to|have the right to|has a right to) (?:a |an |at least |some |better|the courtesy|more than|know|an explanation|feedback|hear|be told)|\bthe (?:very |bare )?(?:least|minimum) (?:i|we) (?:\w+ )?(?:am|was|are|were|can|could|should|would|might|may)? ?(?:be |have )?(?:owed|due|entitled to|expecting|expect|ask for|hope for|deserve|deserved|receive|get|be given|be offered)\b|\bthe (?:very )?least (?:you|your [\w-]+|they|the [\w-]+(?: [\w-]+)?|anyone) (?:can|could|should|would) (?:do|offer|give)\b|\b(?:you|your [\w-]+|they|the (?:company|team|panel|recruiter|hiring manager)) (?:\w+ )?(?:owe|owes) (?:me|us|candidates|applicants|anyone who)\b/g,
      },
      {
        re: /\bit is only (?:fair|right|reasonable|decent|polite) (?:that |for )?(?:i|me|you|they|your \w+|the \w+) (?:should )?(?:get|gets|receive|receives|give|gives|hear|hears|explain|explains|be told|tell|tells|provide|provides|know|send|sends|reply|replies|respond|responds)\b/g,
      },
      {
        // "it's only fair you put in a word for me now", "only right that they return the favour": a favour the reader is
        // told they owe, whatever it is (the reader, not the writer, as the one who should act).
        re: /\b(?:it is|it would be|that is|that would be|seems|surely) (?:only |just )?(?:fair|right|reasonable|fitting|decent) (?:that )?(?:you|your (?:team|company|side|firm)|they|the (?:company|team|firm)) (?:should |could |would |can |might )?(?!know\b|be aware\b|hear it\b|hear from me\b)(?:\w+)\b|\b(?:return|repay) the favou?r\b|\byou (?:kind of |sort of |rather )?owe (?:me|us)\b/g,
      },
      {
        // "Since I covered your shifts all last summer, I'm sure you won't mind recommending me": the favour as the ground.
        re: /\b(?:since|as|after|given (?:that|how|all))(?: all)? i (?:\w+ )?(?:covered|helped|recommended|referred|vouched|introduced|gave you|did you|did your|sent you|shared)\b[^.?!]{0,80}?\b(?:(?:you|your \w+) (?:will not|would not|do not|surely will not) mind|(?:i am sure|i trust|surely|i assume|i expect|i know) (?:that )?(?:you|your \w+) (?:will|would|can|could|owe))\b/g,
        negatable: false,
      },
      {
        // "I recommended three people to your team, so I'm sure you'll find a way to get me an interview": a favour done,
        // then the return taken for granted.
        re: /\bi (?:\w+ )?(?:recommended|referred|introduced|helped|covered for|vouched for|did (?:you|your \w+) a favou?r|(?:sent|shared|passed(?: on)?)(?: with)? (?:you|your (?:team|company|firm)) (?:\w+ ){0,3}?(?:candidates|people|clients|business|leads|referrals|contacts|cvs|profiles)|(?:sent|shared|passed(?: on)?) (?:\w+ ){0,4}?(?:candidates|people|clients|business|leads|referrals|contacts|cvs|profiles) (?:with |to )?(?:you|your (?:team|company|firm)))\b[^.?!]{0,100}?\bso (?:i (?:would |do |will )?(?:expect|trust|assume|hope|think|feel|believe|am sure) (?:that )?|surely )?(?:you|your (?:team|company|side|firm))(?: to| will| would| can| could| should| might| must| owe)(?: \w+)? (?:find|return|repay|get|give|put|make|owe|help|do|see|arrange|sort|fit|squeeze|me|consider|recommend|introduce|refer|pass|forward)\b/g,
        negatable: false,
      },
    ],
  },
];

/** The model's score a second tone in one sentence needs (the first needs only its tone's threshold). */
const secondToneScore = 0.8;
/**
 * In a reply to feedback, rebutting it and accusing whoever gave it are one move ("calling my portfolio dated says more
 * about the reviewer's taste"): the second of that pair needs less.
 */
const pairedInReplyScore = 0.7;
const rebuttalPair = new Set<ToneRule>(['tone.confrontational', 'tone.defensive']);

/**
 * Finds tone problems in a message, one issue per rule and sentence, each with a better sentence to use: the
 * rules, and the statistical layer for wordings no rule was written for.
 *
 * @example
 * lintTone(prepareText('Why didn\'t I get the job?'), 'feedback-request', text)[0]?.rule; // 'tone.generic-why'
 */
export function lintTone(
  sentences: PreparedSentence[],
  kind: string | undefined,
  text: string,
  { model = true }: { model?: boolean } = {},
): LintIssue[] {
  const profile = kindProfile(kind);
  const issues: LintIssue[] = [];
  // "recosider", "unfare", "desprate": the tone words people most often misspell are read as meant.
  sentences = sentences.map(withToneWordsSpelled);
  // The statistical layer (lint.tone-model.ts) catches wordings no pattern was written for; a tone it finds in a
  // sentence the rules did not flag for that tone is reported with the rule's message and default suggestion.
  // `model: false` gives the rules alone (to train and score the model against).
  const byModel = model ? toneModelFindings(sentences, kind) : [];
  const flaggedConfrontational = new Set<number>();
  sentences.forEach((sentence, index) => {
    if (sentence.tokens.length === 0) return;
    const hits = ruleHits(sentence, profile, kind, sentences[index - 1]);
    const defensive = rules.findIndex((d) => d.rule === 'tone.defensive');
    const confrontational = rules.findIndex((d) => d.rule === 'tone.confrontational');
    if (hits[defensive]?.pattern.stance && hits[confrontational]) hits[defensive] = null;
    // A pattern written for every kind names their view itself ("I'm surprised it even came up"); one scoped to
    // rebuttals may be the writer's record alone, which rebuts nothing where no feedback was given.
    if (hits[defensive]?.pattern.when && rebutsNothingHere(sentence.norm, kind)) hits[defensive] = null;
    // Asking about other openings or for a referral is what these messages are for: only this decision reopened is a
    // second chance there.
    const secondChance = rules.findIndex((d) => d.rule === 'tone.second-chance');
    if (
      hits[secondChance] &&
      askingIsTheKind.has(profile.kind) &&
      !reopensThisDecision.test(sentence.norm.replace(thanksFor, ' '))
    )
      hits[secondChance] = null;
    // A sentence usually carries one tone: the model's first finding stands on its threshold, but a second tone
    // beside a rule's or the model's stronger one needs a confident score (extra tones cost the writer's trust).
    const modelHere = byModel
      .filter(
        (f) =>
          f.sentenceIndex === index &&
          !hits[rules.findIndex((d) => d.rule === f.rule)] &&
          // Before a decision there is no verdict to accuse; a thank-you's "it would have been nice to meet the team"
          // is a wish. The model's confrontation there needs the confidence of a second tone.
          (profile.afterDecision || f.rule !== 'tone.confrontational' || f.score >= secondToneScore) &&
          // "It's a shame the manager had no time to meet me. I'd have welcomed it, but I understand diaries were tight.":
          // a regret the next sentence excuses, unless the model is sure of it.
          // A regret said as a regret ("It's a shame…", "I'd have liked…") and then excused is cleared however sure the
          // model is; one with a sting in it ("…didn't even have time") keeps it.
          (f.rule !== 'tone.confrontational' ||
            !excusedNext.test(sentences[index + 1]?.norm ?? '') ||
            (f.score >= secondToneScore &&
              !(regretFrame.test(sentence.norm) && !insinuatingWord.test(sentence.norm)))) &&
          !toneModelVetoed(f.rule, sentence, kind, sentences[index - 1]),
      )
      .sort((a, b) => b.score - a.score);
    const ruleFound = hits.some((hit) => hit !== null);
    const modelKept = new Set(
      modelHere
        .filter(
          (f, i) =>
            (!ruleFound && i === 0) ||
            f.score >= secondToneScore ||
            (profile.feedbackReply &&
              f.score >= pairedInReplyScore &&
              rebuttalPair.has(f.rule) &&
              (rules.some((d, r) => hits[r] && d.rule !== f.rule && rebuttalPair.has(d.rule)) ||
                (!ruleFound && i === 1 && rebuttalPair.has(modelHere[0]?.rule ?? f.rule)))),
        )
        .map((f) => f.rule),
    );
    // "So you went with someone less experienced? I'd love to know the thinking behind that.": after an accusation, a
    // broad why about "that" is the same why-didn't-I-get-it question.
    const generic = rules.findIndex((d) => d.rule === 'tone.generic-why');
    const previous = sentences[index - 1];
    if (
      !hits[generic] &&
      !modelKept.has('tone.generic-why') &&
      previous &&
      (flaggedConfrontational.has(index - 1) || namesOutcome.test(previous.norm)) &&
      anaphoricWhy.test(sentence.norm) &&
      asksSomething(sentence) &&
      !toneModelVetoed('tone.generic-why', sentence, kind, previous)
    )
      modelKept.add('tone.generic-why');
    if (hits[confrontational] || modelKept.has('tone.confrontational')) flaggedConfrontational.add(index);
    rules.forEach((definition, r) => {
      const hit = hits[r];
      const ctx =
        hit?.ctx ??
        (modelKept.has(definition.rule)
          ? { sentence, at: 0, normIndex: 0, match: wholeSentence(sentence), profile }
          : null);
      if (!ctx) return;
      const suggest = hit?.pattern.suggest ?? definition.suggest;
      issues.push({
        rule: definition.rule,
        category: 'tone',
        message: definition.message,
        start: sentence.start,
        end: sentence.end,
        suggestion: suggest(ctx, text),
      });
    });
  });
  return issues;
}

/** A piece of work or a stage done again, or replaced: "again", "instead", "another go", "a revised version", "re-sit". */
const redoOfAssessed =
  /\b(?:again|instead|one more time|once more|a second time|(?:a |an )?(?:fresh|new|second|better|improved) (?:one|version|take|recording|demo|attempt|copy)|(?:another|a second|one more|a fresh|a better) (?:go|attempt|shot|try|crack|stab|look|run)|re-?(?:do|take|sit|submit|present|run|record|attempt|work)\w*|(?:revised|improved|corrected|cleaned-up|cleaned up|fixed|better|updated|tidied|tidier|polished|reworked|finished|complete) (?:version|attempt|solution|answer|draft|copy|take|one))\b/;
/**
 * An extra trial offered so they can judge the writer again: "perhaps we could arrange a short practical so you can see
 * me on the truck".
 */
const demonstrationOffered =
  /\bso (?:that )?(?:you|they|the panel|the team|the interviewers?|the hiring manager) (?:can|could|would|might|will) (?:see|judge|assess|watch|check|evaluate) (?:me|what i|how i|my \w+ (?:in action|first-?hand|for (?:yourself|themselves)))\b/;
/** The outcome turned round: reconsidered, minds changed, the chosen one falling through. */
const outcomeReversed =
  /\b(?:reconsider\w*|re-?evaluat\w*|re-?assess\w*|re-?think\w*|revisit\w*|change (?:your|their|his|her|the panel 's) minds?|(?:does|do|did|should|would) not work out|(?:falls?|fell|falling) through|(?:considered|consider me|think of me|look at me) again)\b/;
/** An event where people cross paths: "at the BSCB meeting in April", "at next year's conference". */
const meetingAtEvent =
  /\bagain at (?:the|a|an|next|this) (?:[\w'-]+ ){0,4}?(?:meeting|conference|event|summit|congress|fair|meet-?up|symposium|workshop|seminar|expo|show|festival|awards?|dinner|gala)s?\b/;
/**
 * Where asking to be considered, referred or introduced is what the message is for (other openings, a referral
 * request), a second chance is this decision reopened: reconsidered, the same role again, a redo, the chosen one
 * falling through. "Would you be open to considering me for the analyst position?" asks about another role.
 */
const askingIsTheKind = new Set(['other-openings', 'referral-request']);
const reopensThisDecision =
  /\b(?:re-?consider\w*|revisit\w*|re-?think\w*|re-?open\w*|overturn\w*|appeal\w*|change (?:your|their|his|her|the panel 's) minds?|think again|(?:another|a second|one more|a last|a final) (?:chance|go|try|shot|crack|look|stab)|second (?:chance|look|thought)|(?:this|that|your|their|the panel 's|the) decision|(?:does|do|did|should|would|might) not work out|fall\w* through|fell through|(?:the|that|this) same (?:role|position|job|post|vacancy)|(?:other|successful|chosen|preferred|selected) (?:candidate|applicant|person|hire|finalist)|someone else|re-?(?:do|take|sit|submit|interview|assess|evaluat)\w*|again|anyway|after all)\b/;
/** Thanks for what was given ("thank you again for considering me", "thanks once more for the chance to interview"). */
const thanksFor =
  /\b(?:thank(?:s|ing)?(?: you)?|grateful)(?: (?:so much|very much|again|once again|once more))* (?:for (?:(?:giving|offering) me )?(?:the|this|that|an|your|such an?) (?:[\w-]+ )?(?:opportunity|chance)|for considering me|again|once again|once more)\b/g;
/** The writer's other offer or own decision ("I've had another offer come through", "before I make a call"). */
const ownOfferOrCall =
  /\b(?:another|a second|other|an other|a competing|a better) (?:job )?offers?\b|\b(?:i|we) (?:\w+ )?(?:make|take) (?:a|the|my|our) (?:call|decision)\b/g;

/** Meeting, talking or hearing again, or a next stage: the ordinary hope of a thank-you, not a redo. */
const metAgain =
  /\b(?:lunch|coffee|drinks?|dinner|breakfast|a chat|a call|a catch-up|a walk|a pint)\b(?: \w+){0,3}? again\b|\b(?:send|sending|resend|forward|share|attach)\w* (?:\w+ ){0,3}?again\b|\b(?:grows?|grew|growing|expands?|expanded|expanding|hires?|hired|hiring|recruits?|recruited|recruiting)\b (?:\w+ ){0,2}?again\b|\b(?:meet|meeting|see|seeing|speak|speaking|talk|talking|chat|chatting|catch up|visit|hear|hearing|work with|working with|thank|connect|cross paths)\w* (?:\w+ ){0,4}?again\b|\b(?:next|second|final|further|follow-up) (?:round|stage|interview|conversation|meeting|step)s?\b/;

/**
 * Where the rules' language handling knows better than the model's word weights, for a sentence the model flags:
 * - generic-why only when something is asked ("I know why I was not chosen" explains, it does not ask);
 * - second-chance not when the ask is negated ("I won't ask you to revisit…"), about the future or other roles, a
 *   stage still to come being scheduled ("could we move the second interview to Friday?"), or the writer's own
 *   follow-up ("sorry to write again");
 * - confrontational not in praise with no sting in it ("the panel was fair and friendly");
 * - defensive not when the writer concedes or has revised the point ("my answer was correct, but I see it was hard
 *   to follow");
 * - pleading not without a need, plea, hardship or feeling (a career plan or "I need to work on my storytelling");
 * - pressure not when the only deadline is the writer's own promise ("I'll send the links by Friday").
 * `previous` is the sentence before, where the point may have been granted ("Fair point. I did gloss over the tests.").
 *
 * @example
 * toneModelVetoed('tone.generic-why', prepareText('I know why I was not chosen.')[0], 'feedback-reply'); // true
 */
export function toneModelVetoed(
  rule: ToneRule,
  sentence: PreparedSentence,
  kind?: string,
  previous?: PreparedSentence,
): boolean {
  const norm = sentence.norm;
  // "All the best, Farid", "Kind regards, Tomasz": a closing line with the writer's name carries no tone.
  if (closingLine.test(norm)) return true;
  switch (rule) {
    case 'tone.generic-why': {
      // Before a decision (or keeping in touch), "I'm curious what…" is curiosity unless it names the outcome.
      const profile = kindProfile(kind);
      const noDecisionYet = !profile.afterDecision || profile.kind === 'keep-in-touch';
      // "Who exactly decided…?" asks for a person, not for the reasons.
      const asksWho =
        /^(?:(?:so|and|but|then|honestly) )?(?:who|whom)\b/.test(norm) && !/\b(?:why|reasons?|how come)\b/.test(norm);
      // "Which skills made the difference for the other candidate?", "Was there a particular competency where I fell
      // short?": one named part asked about, not the broad why.
      const asksWhichPart =
        /\bmy (?:own )?(?:strongest|weakest|strong|weak|best|worst|biggest|main)(?: and (?:strongest|weakest|strong|weak|best|worst))? (?:[\w-]+ )?(?:areas?|points?|parts?|skills?|answers?|sides?|moments?|spots?)\b|\b(?:which|(?:a|any|one) (?:particular|specific|single)|one) (?:\w+ )?(?:skills?|parts?|areas?|sections?|competenc\w+|questions?|answers?|rounds?|stages?|exercises?|examples?|aspects?|criteria|points?|topics?|experience)\b/.test(
          norm,
        ) && !/\b(?:why|how come)\b/.test(norm);
      // "Could you tell me why the role was withdrawn?": the role's fate asked about, not the writer's outcome.
      const asksRoleFate =
        /\bwhy (?:the|this|that|your) (?:[\w-]+ )?(?:role|position|job|vacancy|post|opening|requisition|process|recruitment|hiring|scheme|programme|program|intake|cohort|contract|project|team) (?:was|is|has been|had been|got|were) (?:\w+ )?(?:withdrawn|cancell?ed|closed|frozen|paused|pulled|removed|put on hold|on hold|re-?advertised|reposted|changed|delayed|postponed|scrapped|filled internally|halted|stopped)\b/.test(
          norm,
        ) && !/\b(?:i|me|my)\b[^.?!]*\b(?:not|rejected|unsuccessful|chosen|selected)\b/.test(norm);
      // "What would you tell a candidate like me?": advice asked for, not the reasons for the outcome.
      const asksAdvice =
        /\bwhat (?:would|do|should|could|might) you (?:tell|advise|suggest|recommend|say to)\b/.test(norm) &&
        !/\b(?:why|how come|wrong|reasons?)\b/.test(norm);
      // "Could you tell me what skills I should develop?": the way forward asked for, not the reasons for the outcome.
      const asksWayForward = asksImprovement.test(norm) && !/\b(?:why|how come|wrong|reasons?)\b/.test(norm);
      // "Could you tell me what the strongest candidates did in the system design round that I didn't?": one named
      // stage asked about, not the why of the outcome.
      const asksAboutNamedStage =
        /\b(?:in|on|during|for) (?:the|my|your|that) (?:[\w-]+ ){1,3}?(?:round|exercise|test|task|presentation|case study|interview|assessment|section|question|scenario)s?\b/.test(
          norm,
        ) &&
        !/\b(?:why|how come|wrong|reasons?|decision|outcome|rejected|unsuccessful|not (?:selected|chosen|offered))\b/.test(
          norm,
        );
      // "Could you tell me why the panel felt my research proposal was too broad?": why one named part of the work was
      // judged as it was, a follow-up on the feedback rather than the why of the outcome.
      const asksAboutOneJudgement =
        /\bwhy (?:the [\w-]+|you|they|he|she|your [\w-]+|it) (?:\w+ )?(?:felt|thought|found|considered|saw|judged|said|described|called|rated|scored|marked)\b (?:that )?my [\w-]+(?: [\w-]+){0,2} (?:was|were|as|came across|seemed|lacked|needed)\b/.test(
          norm,
        ) && !namesOutcome.test(norm);
      // "Was the decision mostly about the case study or the competency interview?": named parts weighed against each other.
      const asksEitherPart =
        /\b(?:whether|was it|if it was|is it)\b[^.?!]*\b(?:about|down to|the|my) [\w-]+(?: [\w-]+){0,2} or (?:the |my |more )?[\w-]+/.test(
          norm,
        ) && !/\b(?:why|how come|what went wrong)\b/.test(norm);
      // "Could you share what feedback they gave?": the feedback itself asked for, not the reasons for the outcome.
      // "Could you share what the team felt was missing?": the gap as they judged it, asked for.
      const asksWhatWasMissing =
        /\bwhat (?:the [\w-]+|you|they|he|she|your [\w-]+) (?:\w+ )?(?:felt|thought|found|saw|considered|believed|judged) (?:was|were) (?:missing|lacking|absent)\b/.test(
          norm,
        ) && !/\b(?:why|how come|wrong|reasons?)\b/.test(norm);
      const asksFeedbackItself =
        asksWhatWasMissing ||
        (asksForFeedback.test(norm) &&
          !/\b(?:why|how come|wrong|reasons?|decision|outcome)\b/.test(norm) &&
          !namesOutcome.test(norm));
      // "I'm not going to ask why; I'd rather know what one thing I should practise": the why set aside.
      const whySetAside =
        /\b(?:not|never) (?:\w+ ){0,3}?ask\w* (?:you )?(?:why|for (?:the )?reasons?)\b/.test(norm) &&
        !/\b(?:why|how come|reasons?)\b/.test(
          norm.replace(/\b(?:not|never) (?:\w+ ){0,3}?ask\w* (?:you )?(?:why|for (?:the )?reasons?)\b/g, ' '),
        );
      // "I would be grateful if you could let me know the status of my application": where things stand, not why.
      const asksStatus =
        /\b(?:the )?(?:status|progress) of (?:my|the) (?:application|candidacy|interview|submission|file)\b|\bwhere (?:things|my application|it|the process|matters|everything)(?: [\w-]+){0,5}? (?:currently |now )?(?:stands?|is|are)\b|\b(?:any|an) (?:news|update)\b/.test(
          norm,
        ) && !/\b(?:why|how come|wrong|reasons?|not (?:selected|chosen|successful))\b/.test(norm);
      return (
        !asksSomething(sentence) ||
        asksStatus ||
        whySetAside ||
        asksWho ||
        asksFeedbackItself ||
        asksAboutOneJudgement ||
        asksEitherPart ||
        asksWhichPart ||
        asksWayForward ||
        asksAboutNamedStage ||
        asksAdvice ||
        asksRoleFate ||
        (noDecisionYet && !namesOutcome.test(norm))
      );
    }
    case 'tone.second-chance': {
      if (askingIsTheKind.has(kindProfile(kind).kind) && !reopensThisDecision.test(norm.replace(thanksFor, ' ')))
        return true;
      // Before a decision (a thank-you, an influence letter) asking for the next stage is no plea; redoing what was
      // already assessed ("Could I present it to the group again?") or having the outcome turned round is one.
      if (
        !kindProfile(kind).afterDecision &&
        !(redoOfAssessed.test(norm) && !metAgain.test(norm)) &&
        !outcomeReversed.test(norm) &&
        !demonstrationOffered.test(norm)
      )
        return true;
      // "I'd love to meet again": meeting is what keeping in touch is for, unless the role or the outcome comes with it.
      if (
        kindProfile(kind).kind === 'keep-in-touch' &&
        metAgain.test(norm) &&
        !outcomeReversed.test(norm) &&
        !/\b(?:role|position|job|post|vacancy|interview|application|decision)\b/.test(norm)
      )
        return true;
      const cue = sentence.tokens.findIndex((t) => repeatCue.test(t.norm));
      if (cue >= 0 && isNegated(sentence, cue)) return true;
      if (laterOrElsewhere.test(norm) && !/\b(?:same|this|that) (?:role|position|job|post|vacancy)\b/.test(norm))
        return true;
      if (schedulingNextStage.test(norm)) return true;
      // "I would like to improve before applying again": the writer's own later application, told, not this one reopened.
      if (
        /\b(?:i|and|then|so) (?:will|am going to|plan to|intend to|am about to|have|would like to) (?:\w+ )?(?:submit|send|make|put in|file|send in) (?:a |my )?(?:fresh|new|second|another) application\b|\b(?:before|when|once|until|next time|if) i (?:\w+ )?(?:apply|applying|reapply|re-apply)\b|\b(?:before|when|after) (?:applying|reapplying|re-applying)\b|\b(?:apply|reapply|re-apply) (?:again )?(?:in (?:the )?future|next (?:time|year|round))\b/.test(
          norm,
        ) &&
        // A question may ask what to work on first ("what should I focus on before I apply again?").
        (!sentence.isQuestion ||
          /\bwhat (?:should|can|could|do|must) i\b|\bwhat i (?:should|can|could|must)\b/.test(norm)) &&
        !/\b(?:reconsider\w*|same (?:role|position|job|post)|this (?:role|position|job|post)|decision)\b/.test(norm)
      )
        return true;
      // "Is there one thing I could have done differently…?": the past weighed for the next time, nothing re-run.
      if (pastCounterfactual.test(norm) && !repeatAsk.test(norm)) return true;
      // "If there's someone else I should ask instead, could you point me their way?": another person to ask, not
      // another candidate's place.
      if (askWhomInstead.test(norm) && !repeatAsk.test(norm.replace(askWhomInstead, ' '))) return true;
      // "I'd like to know what I can do better in the next interview": the way forward asked for.
      if (asksImprovement.test(norm) && !repeatAsk.test(norm)) return true;
      // "Would you be open to a short 10-minute call?": the feedback call the engine itself suggests, nothing re-run.
      if (
        /\b(?:short|quick|brief|\d+[- ]minutes?|ten[- ]minutes?|fifteen[- ]minutes?|five[- ]minutes?|twenty[- ]minutes?) (?:phone |video |zoom |teams )?(?:call|chat|conversation)\b/.test(
          norm,
        ) &&
        !repeatAsk.test(norm) &&
        !/\b(?:decision|reconsider\w*|role|position|job|case|show you|prove|convince|change)\b/.test(norm)
      )
        return true;
      // "If we spoke again, it would only be to learn what I could do better": the purpose said, and it is learning.
      if (
        /\b(?:only|just|simply|purely|mainly) (?:be )?(?:to|so (?:that )?i (?:can|could)) (?:learn|understand|hear|improve|get (?:some |any )?feedback|know what|ask)\b/.test(
          norm,
        ) &&
        !/\b(?:reconsider\w*|change (?:your|their|the|it)|decision|chance|role|job|position|offer)\b/.test(norm)
      )
        return true;
      // "Is there any way I could get a little feedback on the case study?": what is asked for is feedback.
      if (asksForFeedback.test(norm) && !repeatAsk.test(norm)) return true;
      // "I'm still very interested, and happy to wait if the decision takes longer": patience, nothing reopened.
      if (patience.test(norm) && !repeatAsk.test(norm)) return true;
      // Nothing repeated, reversed, kept open or stepped into: "could you share the rationale for the decision?".
      // "as one parent to another", "another, I hope": "another" standing for a noun is no second round.
      if (
        !secondChanceCue.test(
          norm
            .replace(pronounAnother, ' ')
            .replace(workingAgain, ' ')
            .replace(stillKeen, ' ')
            .replace(thanksFor, ' ')
            .replace(ownOfferOrCall, ' '),
        )
      )
        return true;
      // "bringing this back to the top of your inbox": the writer's own message resurfaced, nothing reopened.
      if (ownMessageResurfaced.test(norm) && !repeatAsk.test(norm.replace(ownMessageResurfaced, ' '))) return true;
      // "Has anyone had a chance to look at my application?": asking whether they have had time, not for a retry.
      if (hadTheChance.test(norm) && !repeatAsk.test(norm.replace(hadTheChance, ' '))) return true;
      const stages = [...norm.matchAll(stageMention)];
      if (
        stages.length > 0 &&
        stages.every((m) => narratesStage(norm, m.index ?? 0, m[0].length)) &&
        // "after another interview you would see…" imagines the stage rather than telling it.
        !/\b(?:would|could|might)\b/.test(norm) &&
        !repeatAsk.test(norm.replace(stageMention, ' '))
      )
        return true;
      return ownFollowUp.test(norm) && !repeatAsk.test(norm.replace(ownFollowUp, ' '));
    }
    case 'tone.confrontational': {
      // "Sorry to write twice; I realised I never attached the portfolio link you asked for": the writer apologising for
      // their own lapse, with nothing pointed at the reader.
      if (
        /\b(?:sorry|apologies|apologi[sz]e)\b/.test(norm) &&
        /\bi (?:\w+ )?(?:never|forgot to|did not|failed to|neglected to|missed|left out|omitted)\b/.test(norm) &&
        !/\b(?:you|your|they|their|them|nobody|no one|anyone) (?:\w+ )?(?:never|did not|do not|have not|has not|could not|would not|failed|forgot|ignored|bother\w*)\b/.test(
          norm,
        ) &&
        !/\b(?:even|bother\w*|so much as|clearly|obviously|apparently|seriously)\b/.test(norm)
      )
        return true;
      // "You were my assessor, so you know my work better than anyone": the reader's knowledge of the writer credited.
      if (
        /\byou (?:\w+ )?(?:know|knew|understand|saw|have seen|could speak to|can speak to|could vouch for|can vouch for|speak to)\b[^.?!]*\bbetter than (?:anyone|anybody|most|almost anyone)\b/.test(
          norm,
        ) &&
        !sting.test(norm.replace(betterThanAnyone, ' ')) &&
        !insinuatingWord.test(norm.replace(betterThanAnyone, ' '))
      )
        return true;
      // "I believe my experience with Selenium aligns well with the requirements": the writer's fit claimed, nothing of
      // theirs judged.
      if (
        /\bi (?:\w+ )?(?:believe|think|feel|am confident|am sure) (?:that )?my (?:[\w-]+ ){0,8}?(?:aligns?|matches|match|fits?|meets?|suits?|maps?)\b/.test(
          norm,
        ) &&
        !/\b(?:but|however|though|clearly|obviously|surely|should have|deserv\w*|better than|more than|wrong|unfair\w*|ignor\w*|overlook\w*)\b/.test(
          norm,
        )
      )
        return true;
      // "Bit gutted, to be honest, but that's how it goes": the writer's own disappointment, accepted.
      if (
        outcomeAccepted.test(norm) &&
        !insinuatingWord.test(norm.replace(outcomeAccepted, ' ')) &&
        !sting.test(norm.replace(outcomeAccepted, ' ')) &&
        !/\b(?:you|your|they|their|them|panel)\b/.test(norm)
      )
        return true;
      // "I'd find it useful to know which criteria I scored lowest against": the writer's own shortfall asked about.
      if (
        (asksSomething(sentence) ||
          /\b(?:useful|helpful|good|grateful|glad|keen) to (?:know|hear|learn|understand)\b/.test(norm)) &&
        /\b(?:i|my [\w-]+) (?:\w+ ){0,2}?(?:scored|fell|came|was|were|did|performed|rated) (?:\w+ )?(?:lowest|weakest|least|short|worst|less well|below)\b|\bmy (?:weakest|lowest|weak|biggest) (?:\w+ )?(?:point|area|part|spot|score|link)s?\b/.test(
          norm,
        ) &&
        !insinuatingWord.test(norm) &&
        !/\b(?:not|never|nobody|unfair\w*|wrong|but)\b/.test(norm)
      )
        return true;
      // "You said the team wanted someone with more hands-on PLC work.": their words reported back, with nothing set
      // against them.
      if (
        reportsTheirWords.test(norm) &&
        !sting.test(norm) &&
        !insinuatingWord.test(norm) &&
        !/\b(?:so|then|which|yet|whereas|i would say|badly|poorly|mis\w+)\b/.test(norm)
      )
        return true;
      // "Were you able to look at my portfolio before the panel met?": a plain question whether the reader found the
      // time, the polite nudge DESIGN.md asks for; "did anyone even open it?" keeps its sting.
      if (sentence.isQuestion && politeHadTime.test(norm) && !insinuatingWord.test(norm)) return true;
      // "I assumed the panel had read my written submission, which was my mistake": the writer takes the blame for what
      // the sentence said of them.
      if (
        /\b(?:which|that) (?:was|is) (?:entirely |completely |totally |all |clearly )?(?:my (?:own )?(?:mistake|fault|error|doing|responsibility|misjudge?ment)|on me)\b[^,;]*$/.test(
          norm,
        ) &&
        !/\b(?:apparently|obviously|lol|of course|supposedly|funny)\b/.test(norm)
      )
        return true;
      // "I guess I wasn't senior enough for the team, which I accept": a shortfall owned and accepted in the same breath.
      if (
        /\b(?:which|and|but) (?:i (?:fully |completely |totally )?(?:accept|understand|respect)|(?:that|it) is (?:fair|understandable|reasonable|fine))\b/.test(
          norm,
        ) &&
        !/\b(?:apparently|clearly|obviously|evidently|lol|of course|so much for|supposedly|convenient\w*|funny|you people|you lot)\b/.test(
          norm,
        )
      )
        return true;
      // "I wonder whether my lack of Kubernetes experience played a part": the writer's own performance weighed as the
      // cause is self-reflection, not an insinuation.
      const wondered = ownCauseWondered.exec(norm);
      if (wondered) {
        const cause = wondered[1] ?? '';
        if (ownPerformance.test(cause) && !personalGround.test(cause) && !readerSideCause.test(cause)) return true;
      }
      // The writer conceding with nobody on the reader's side named ("but I can see how a long silence reads").
      if (
        concedes(norm) &&
        !/\b(?:you|your|they|their|them|panel|interviewers?|recruiters?|managers?|company)\b/.test(norm)
      )
        return true;
      // Praise with no sting; the writer blaming themselves with nobody of the reader's side named ("which was my
      // mistake"); goodwill to whoever got the job ("I wish them well").
      // "Interesting that the feedback mentions leadership, when the spec said…": after a decision, "interesting that"
      // is as often irony as praise, so it alone does not clear the sentence.
      const praised = kindProfile(kind).afterDecision ? norm.replace(/\binteresting (?:that|how)\b/g, ' ') : norm;
      // "While I'm naturally disappointed, I appreciated the whole process": the writer's own feeling, not a sting.
      const ownFeeling =
        /^(?:(?:while|although|though) )?i (?:am|was|feel|felt) (?:naturally |obviously |of course |understandably )?(?:a (?:bit|little) )?(?:disappointed|sad|gutted)\b/;
      if (ownFeeling.test(norm) && praise.test(praised) && !insinuatingWord.test(norm.replace(ownFeeling, ' ')))
        return true;
      return (
        (praise.test(praised) && !sting.test(norm)) ||
        praiseAfterTurn(norm) ||
        // "It's a pity the team didn't see the demo, as we ran out of time": a shortfall put down to time or technology
        // that both sides shared.
        (sharedCause.test(norm) &&
          !/\b(?:bother\w*|clearly|obviously|apparently|even|never|nobody|no one|again|supposed|somehow)\b/.test(
            norm,
          )) ||
        // "I hope it isn't too much to ask for a short update": modesty about the asking, with no grievance beside it.
        (/\bi (?:hope|trust) (?:that )?(?:it|this|that) (?:is|was|would be|will be) (?:not|hardly) (?:too much|a lot|a big ask|too big an ask)\b/.test(
          norm,
        ) &&
          !/\b(?:surely|after|weeks|months|still|again|clearly|least)\b/.test(norm)) ||
        // "I'm sure the panel made the decision it thought best": trust in their call, with no turn after it.
        (trustsTheirCall.test(norm) &&
          !/\b(?:but|however|though|yet|clearly|obviously|just|only|apparently|somehow|whatever|reasons? of (?:its|their) own)\b/.test(
            norm,
          )) ||
        (selfBlame.test(norm) && !sentence.tokens.some((t) => readerSide.has(t.norm))) ||
        (goodwill.test(norm) && !sting.test(norm)) ||
        // "so no worries at all if it's not ready yet": patience offered, with no turn against them.
        (patience.test(norm) &&
          !/\b(?:but|however|though|yet another|clearly|obviously|apparently|so much for|supposed|surely|sure)\b/.test(
            norm,
          ))
      );
    }
    case 'tone.defensive':
      return (
        // "I was pleased to hear that my written task was well received", "your comments were very encouraging", "I've
        // spoken to my manager about leading shifts": praise received, feedback welcomed or acted on, nothing argued.
        (feedbackWelcomed.test(norm) && !turnAgainst.test(norm.replace(/\bbut that\b/g, ' '))) ||
        // Where no feedback has been given (a thank-you, an influence letter, keep-in-touch, asking for referrals or other
        // openings) the writer's record alone rebuts nothing: it takes their view named and turned, or denied outright.
        rebutsNothingHere(norm, kind) ||
        // "I'm not sure that's right for me at this stage": the writer's own fit weighed, nothing of theirs argued with.
        (/\b(?:right|suited|ready|a (?:good |great |right )?fit|the right (?:move|step|role|fit|time)) for me\b/.test(
          norm,
        ) &&
          !theirViewNamed.test(norm)) ||
        // "I think the interviewer could tell I didn't like my own solution": the writer's own work judged by the writer.
        (/\bi (?:did not|do not|was not|am not|could not|can not) (?:really |quite |fully |entirely )?(?:like|love|rate|trust|stand behind|happy with|pleased with|satisfied with|proud of|convinced by|sure of|sure about) my (?:own )?/.test(
          norm,
        ) &&
          !/\b(?:but|however|though|although|yet|actually|still)\b/.test(norm)) ||
        // "The comment that I seemed unprepared was fair, if uncomfortable", "…wasn't pleasant, but I'd much rather know",
        // "your feedback matches what I felt", "my examples seemed vague, and they were": the feedback accepted.
        acceptedLast(norm) ||
        // "Your comments on my portfolio were exactly what I needed": their feedback welcomed, nothing argued.
        (/\b(?:exactly|just|precisely) what i (?:needed|need|was looking for|was hoping for)\b/.test(norm) &&
          !/\b(?:but|however|though|although|yet|actually)\b/.test(norm)) ||
        // "…, but it was missing tests, as you said": their point repeated as right, with no turn after it.
        /\bas (?:you|they|he|she|the [\w-]+|your [\w-]+) (?:rightly |correctly |fairly )?(?:said|say|mentioned|pointed out|noted|suggested|flagged|spotted|noticed|picked up)\b(?![^.?!]*\b(?:but|however|though|although|yet)\b)/.test(
          norm,
        ) ||
        concedes(norm) ||
        // "I take the point that I came across as over-rehearsed": the point granted, with no turn after it.
        (grantsPoint(norm) && !/\b(?:but|however|though|although|yet|except|still|actually)\b/.test(norm)) ||
        // "One small correction for your records: my degree is in chemical engineering": a fact on file, no verdict argued.
        (/\bfor (?:your|the) (?:records?|files?|notes|database|system)\b/.test(norm) &&
          !/\b(?:feedback|answers?|performance|skills?|experience|assessment|unfair|wrong|but|however|actually)\b/.test(
            norm,
          )) ||
        // "I simply haven't had the work experience yet": the shortfall granted.
        (/\bi (?:simply |just |really |honestly )?(?:have not|do not have|had not|did not have) (?:had |got )?(?:\w+ ){0,3}?(?:experience|exposure)\b[^.?!]*\byet\b/.test(
          norm,
        ) &&
          !/\b(?:but|however|though|although|actually)\b/.test(norm)) ||
        // "…which is why I kept it brief; that's on me for not asking": the blame taken at the end.
        /\b(?:that|this|which|it) (?:is|was) (?:entirely |completely |all |totally )?(?:on me|my (?:own )?(?:fault|mistake|responsibility|bad|doing))\b[^,;]*$/.test(
          norm,
        ) ||
        // "I have attached my portfolio as requested": work sent as asked, nothing argued.
        ((ownPromise.test(norm) ||
          /\bas (?:requested|asked|promised|agreed|discussed|suggested|you (?:asked|requested|suggested))\b/.test(
            norm,
          )) &&
          !/\b(?:but|however|though|although|actually|still|because|since|prov\w+|show|shows|showed|shown|demonstrat\w+|evidence|wrong|unfair|not|never)\b/.test(
            norm,
          )) ||
        // "I agree that my English was sometimes not so fluent", "…stung, mainly because I know it's true": the point
        // granted in the writer's own words, with no turn after it.
        (/\bi (?:(?!not |never )\w+ )?(?:agree|admit|accept|acknowledge) (?:that |with )?(?:it|this|that|the|they|you|my|i|most|all|much|many|some|both|each|every|everything)\b|\bi (?:(?!not |never )\w+ )?(?:know|recogni[sz]e|see|accept|agree) (?:that )?(?:it|this|that|the (?:point|comment|criticism|feedback)|they|you) (?:is|was|are|were) (?:\w+ )?(?:true|right|fair|accurate|valid|correct|spot on)\b/.test(
          norm,
        ) &&
          !/\b(?:but|however|though|although|yet|except|partly|partially|not entirely|only|still|actually(?! agree))\b/.test(
            norm,
          )) ||
        // "I did skim the regulatory section because I ran short of time": the writer's own shortfall as the reason.
        (ownShortfallReason.test(norm) &&
          !/\b(?:but|however|though|although|actually|still|you|your|they|their|panel|interviewers?)\b/.test(norm)) ||
        // "I'll take the point about depth on board. I skimmed the regulatory section.": the point granted just before,
        // with no turn against it here.
        (previous !== undefined &&
          grantsPoint(previous.norm) &&
          !/\b(?:but|however|though|although|actually|still|yet|you|your|they|their|panel|interviewers?)\b/.test(
            norm,
          )) ||
        // "For context, I was nervous and over-prepared, which made me cram everything in": the writer's own state named
        // as the cause of what the feedback said, with nobody else blamed and nothing in it denied.
        (ownStateCause.test(norm) &&
          !/\b(?:but|however|though|although|yet|actually|still|only|just|fine|correct|accurate|right|anyway|nothing to do|you|your|they|their|them|panel|interviewers?|questions?|brief|format|task|room|disagree\w*|dispute\w*|wrong|incorrect|unfair\w*|untrue|misunderst\w*|misread|because (?:the|you|they|of the))\b/.test(
            norm,
          )) ||
        (grantedAfter.test(norm) &&
          !/\b(?:because|since|nobody|no one|you|your|they|them|panel|unfair|wrong)\b/.test(norm)) ||
        // "I don't want to lose the momentum, so I hope to reapply": the writer's own plan, with nothing of the feedback or
        // of the reader's side in it to argue with.
        (ownPlan.test(norm) &&
          !/\b(?:you|your|panel|feedback|comment|point|brief|test|question|interviewers?|assessors?|they|them|but|however|actually|though|although|because|since|fair|unfair|wrong|true)\b/.test(
            norm.replace(/\b(?:have|has|had) since\b/g, 'have'),
          )) ||
        // "I was confused at first, but your hint helped", "your point is interesting in that it changes how I prepare":
        // their input credited, with no turn against it after.
        (creditsTheirInput.test(norm) &&
          !/\b(?:but|however|though|although|yet|except|still)\b/.test(norm.split(creditsTheirInput)[1] ?? '')) ||
        // "The point about my lack of ownership is a fair one; I've asked for a project": the point granted first, with
        // no turn after it.
        ((grantsThePoint.test(norm) ||
          /^(?:(?:thanks|thank you) ,? )?(?:you are (?:quite |absolutely |completely )?right|you were right|fair point|that is fair|point taken|agreed)\b/.test(
            norm,
          )) &&
          !/\b(?:but|however|though|although|yet|except|still)\b/.test(norm)) ||
        // "Typical me: I spent so long on the slides that I didn't rehearse the timing": the writer's own lapse, with no
        // cause put on anyone else.
        (ownLapse.test(norm) &&
          !/\b(?:but|however|because|since|as (?:the|you|they|your)|nobody|no one)\b/.test(norm)) ||
        // "The reason I ask is that I want to practise the right thing": why the writer writes, not an excuse.
        (ownMotive.test(norm) && !/\b(?:but|however|actually|because (?:the|your|you|they))\b/.test(norm)) ||
        // "I know why it went to someone else: my German is not fluent yet": the writer names their own shortfall.
        ownShortfall.test(norm) ||
        // "That's fair, although I'd add that I've since rewritten the service": agreed first, then what changed since
        // or who else agrees ("…and my mentor said the same").
        (leadingConcession.test(norm) && changedSince.test(norm)) ||
        negatedDisagreement.test(norm) ||
        // "Anyway, thanks again.": a closing thanks argues nothing, whatever came before it.
        /^(?:(?:anyway|anyhow|well|ok|okay|still|again|but) ,? )*(?:thanks|thank you|many thanks|cheers)(?: (?:again|anyway|all the same|regardless|though|for (?:your|the) (?:time|feedback|reply|email|notes|update)))* ?[.!]*$/.test(
          norm,
        ) ||
        // "I could have explained my approach more clearly" ("could of" as often typed): the writer's own shortfall.
        (/\bi (?:could|should|might) (?:have|of) (?:\w+ ){0,2}?(?:explained|shown|said|done|prepared|structured|answered|described|given|been|made|asked|checked|practi[sc]ed)\b[^.?!]*\b(?:more|better|clearer|earlier|sooner|properly)\b/.test(
          norm,
        ) &&
          !/\b(?:but|however|though|although|yet|if (?:you|they|the|i had been))\b/.test(norm)) ||
        // "I would be grateful for any pointers on how to improve my answers": the way forward asked for.
        /\b(?:pointers?|tips?|advice|guidance|suggestions?|feedback|ideas?) (?:on|about|for|as to) how (?:to|i (?:can|could|might|should)) (?:improve|strengthen|get better|develop|work on|sharpen|tighten)\b/.test(
          norm,
        ) ||
        // "Is there one thing I could have done differently…?": asking how to improve rebuts nothing.
        (sentence.isQuestion &&
          /\b(?:i|me) (?:could|should|might|can) (?:have )?(?:done|do|improve|change|work on|focus on|strengthen)\b|\b(?:made|make) me (?:a )?(?:stronger|better)\b/.test(
            norm,
          )) ||
        /\b(?:in hindsight|looking back|on reflection|in retrospect|admittedly|i (?:must |have to |will )?admit)\b[^.?!]*\bi (?:did|was|should|could|had|rushed|missed|skipped|forgot)\b/.test(
          norm,
        ) ||
        /\b(?:had|originally|at first|initially) (?:\w+ )?(?:thought|believed|assumed|felt)\b/.test(norm)
      );
    case 'tone.pleading':
      return (
        !pleaWords.test(norm.replace(notAPlea, ' ').replace(readersNeedOrOwnInterest, ' ')) ||
        hardshipOnlyThanked(norm) ||
        // "Is there really nothing I could have done?": the past weighed, with no need or hardship told beside it.
        (pastCounterfactual.test(norm) && !hardshipWords.test(norm))
      );
    case 'tone.pressure': {
      if (ownPromise.test(norm) && !demandOfReader.test(norm)) return true;
      // "I led the migration last year, which cut cycle time by 35%", "I'll be fully qualified by mid-year": the writer's
      // record or own timeline, with nobody on the reader's side spoken to or of, and nothing asked.
      if (
        !/\b(?:you|your|yours|they|them|their|panel|team|hr|recruiters?|managers?|please|kindly|reply|respond|response|answer|decision|decide|hear|update|news|let me know|get back|waiting|waited|wait|still|again|chas\w*|follow\w*|other (?:offers?|interviews?|process\w*)|offers?|elsewhere|deadline|urgent\w*|asap|need|must|escalat\w*|complain\w*|review\w*|post\w*|publi\w*|linkedin|glassdoor|lawyer|solicitor|legal|ombudsman|withdraw\w*|unless|otherwise|or else|if|want|wanted|feedback|explanation|expect\w*)\b/.test(
          norm,
        ) &&
        ownRecordOrCourse.test(norm) &&
        !sentence.isQuestion
      )
        return true;
      // "I have a second interview elsewhere on Friday, but I'd rather join your team": the other process told, not held
      // over them.
      if (otherProcessPreferred.test(norm) && !demandOfReader.test(norm)) return true;
      // "I have another interview on Friday, so I wanted to ask about timing": their timing asked, the reason told.
      // "…so it would help to know roughly when you expect to decide": their expectation asked, not one set for them.
      if (
        otherProcess.test(norm) &&
        timingAsked.test(norm) &&
        !demandOfReader.test(norm.replace(/\b(?:you|they|the [\w-]+) (?:\w+ )?expect to\b/g, ' '))
      )
        return true;
      // "I have another final interview next Thursday": the other process told as a fact, with nothing asked of the
      // reader and nothing bid against them.
      if (
        otherProcess.test(norm) &&
        !demandOfReader.test(norm) &&
        !/\b(?:more money|higher|better (?:offer|package|salary|terms)|outbid|match|counter\w*|beat|fast|quick\w*|soon|unless|otherwise|if you want|by|before|until|within|no later than|deadline|moving|hurry|reconsider\w*|holding off|need\w*|require\w*)\b/.test(
          norm,
        )
      )
        return true;
      // "Just popping this back to the top of your inbox now that you're back": the writer's message resurfaced.
      if (ownMessageResurfaced.test(norm) && !demandOfReader.test(norm)) return true;
      // "…expect an offer by the end of the month; I mention it only so you have the full picture": told, not held over them.
      if (
        /\bi (?:only )?mention (?:it|this|that) (?:only |just |purely )?(?:so|as|for|because|in case)\b|\bso (?:that )?you have the (?:full|whole|complete) picture\b|\bfor (?:your )?(?:information|transparency)\b/.test(
          norm,
        ) &&
        // "expect an offer" is the writer's news from elsewhere, not something expected of the reader.
        !demandOfReader.test(norm.replace(/\bexpect(?:ing)? (?:an? |to (?:get|receive) an? )?offers?\b/g, ' '))
      )
        return true;
      // "I need to reply to them by the 12th": a deadline the writer owes elsewhere, with no demand on the reader beside it.
      if (ownObligation.test(norm) && !demandOfReader.test(norm.replace(ownObligations, ' '))) return true;
      // The writer's own schedule ("I'll be on leave from Monday"), help offered ("happy to send it if useful") or
      // patience said outright ("whenever suits you"): no demand on the reader unless one is made beside it.
      if (
        (ownSchedule.test(norm) || offerOfHelp.test(norm) || patience.test(norm) || timeAgreed.test(norm)) &&
        !demandOfReader.test(norm.replace(patienceAll, ' ').replace(offerOfHelpAll, ' '))
      )
        return true;
      // "Could we have a quick call this week or next?": a time offered for a call, asked, is an invitation, not a deadline.
      if (sentence.isQuestion && slotOffered.test(norm) && !demandOfReader.test(norm)) return true;
      // "You said you'd have news by Thursday, so I'm just checking in": their timetable recalled, without reproach.
      // "…and was told I'd hear back within a week": what they said the writer would hear, reported.
      if (
        theirTimeline.test(norm) &&
        !demandOfReader.test(norm.replace(/\b(?:would|will|should|could|might) hear (?:back|from)\b/g, ' ')) &&
        !reproachOfDelay.test(norm)
      )
        return true;
      // No time, demand, threat, repetition or condition at all: "I'd only like to check my message reached you".
      // "If I'm honest", "if I remember rightly": a stance or a memory, not a condition set on the reader; "today's
      // conversation", "Friday's panel": a day named for an event, not a deadline.
      // "I'm writing to follow up on the request I sent on the 2nd": the writer's own message and its date, recalled.
      if (!pressureCue.test(norm.replace(stanceIf, ' ').replace(dayOfEvent, ' ').replace(ownEarlierMessage, ' ')))
        return true;
      // "Do you have a rough idea of when you expect to decide?": asking their timeline sets none, unless a demand or
      // the writer's impatience comes with it.
      // "I will be appreciate if you can tell me when the decision will be made": the same question put as a wish.
      if (
        (sentence.isQuestion || /\bif you (?:can|could|would) (?:\w+ )?(?:tell|let) me\b/.test(norm)) &&
        asksTheirTimeline.test(norm) &&
        !impatientAsk.test(norm)
      )
        return true;
      // "I know I'm not owed an explanation": entitlement denied, with no deadline or threat beside it.
      const owed = sentence.tokens.findIndex((t) => /^(?:owed|owe|deserve|deserved|entitled|right)$/.test(t.norm));
      return owed >= 0 && isNegated(sentence, owed) && !demandOfReader.test(norm);
    }
    default:
      return false;
  }
}

/**
 * The feedback accepted, and that acceptance is the sentence's last word: after any turn ("wasn't pleasant, but I'd
 * much rather know"), and not itself doubted ("I'm not sure the point about nerves is accurate").
 */
function acceptedLast(norm: string): boolean {
  let last = -1;
  for (const m of norm.matchAll(acceptsFeedbackAll)) last = m.index ?? -1;
  if (last < 0) return false;
  const before = norm.slice(0, last);
  const turns = [...before.matchAll(/\b(?:but|however|though|although|yet|whereas)\b/g)];
  const lastTurn = turns.length > 0 ? (turns[turns.length - 1]?.index ?? -1) : -1;
  return (
    !/\b(?:not (?:sure|convinced|certain)|doubt|do not (?:think|believe|feel)|hardly|question whether)\b/.test(
      before.slice(lastTurn + 1),
    ) &&
    !/\b(?:but|however|though|although|yet|whereas|unfair\w*|wrong|untrue|inaccurate|misread\w*)\b/.test(
      norm.slice(last),
    )
  );
}
const acceptsFeedback =
  /\b(?:will|would|has|have|should|already) (?:\w+ )?(?:affect|effect|shape|change|changed|inform|guide|influence|improve|affected|shaped) (?:how|the way) i\b|\bi (?:now )?(?:realise|realize|recogni[sz]e|see|know|understand) (?:now )?(?:that )?i (?:did not|should have|could have|was not|had not|never|rushed|missed|forgot)\b|\b(?:grateful|greatful|thankful|glad|pleased|relieved) (?:that )?you (?:pointed|mentioned|raised|flagged|noticed|told|picked)\b|\bhow much (?:[\w-]+ ){0,6}?(?:helped|meant|mattered)\b|\b(?:much |far |would )?rather (?:know|learn|hear|be told|find out|hear it|learn it|know it)\b|\bmatch(?:es|ed)? (?:what|how) i (?:felt|thought|suspected|sensed|expected|feared)\b|\bno (?:defen[cs]e|excuses?) (?:from me|here|on my part)\b|\band (?:they|it|i|that) (?:really |definitely |certainly |probably )?(?:were|was|did|am|is)\b(?= ?[;,.:!]| ?$)|\bi (?:half |fully |partly |rather )?expected (?:the|that|this|your) (?:[\w-]+ )?(?:comment|point|feedback|criticism|note|remark)\b|\b(?:comment|point|feedback|criticism|note|observation|remark)s? [^.?!]{0,60}?\b(?:was|is|were|are) (?:\w+ )?(?:fair|right|accurate|valid|spot on|true|deserved|justified|useful|helpful|valuable|well taken|a good one)\b(?!,? but)/;
const acceptsFeedbackAll = new RegExp(acceptsFeedback.source, 'g');
/** A letter's closing words, with the writer's name or initials after them at most. */
const closingLine =
  /^(?:(?:all the |my )?best(?: wishes| regards)?|(?:with )?(?:kind|kindest|warm|warmest|best|many) (?:regards|wishes|thanks)|regards|thanking you|yours(?: sincerely| faithfully| truly)?|sincerely|faithfully|cheers|warmly|respectfully|take care|speak soon) ,?(?: [\w.'-]+){0,3} ?[.!]?$/;
/** Kinds written where no feedback has been given, so a rebuttal must name or deny their view to be one. */
const noFeedbackKinds = new Set([
  'thank-you',
  'influence-letter',
  'keep-in-touch',
  'referral-request',
  'other-openings',
]);
/** Their view of the writer named: "you felt…", "the panel's concern that…", "your point about…". */
const theirViewNamed =
  /\b(?:you|they|he|she|the (?:[\w-]+ )?(?:panel|interviewers?|team|manager|recruiter|committee|board)|your (?:[\w-]+ )?(?:panel|interviewers?|team|colleagues?)) (?:\w+ )?(?:felt|feel|thought|think|said|say|mentioned|raised|noted|suggested|wondered|worried|questioned|doubted|seemed (?:concerned|worried|unsure)|were (?:concerned|worried|unsure)|was (?:concerned|worried|unsure)|had (?:a |some )?(?:concerns?|doubts?|reservations?))\b|\b(?:your|the|their|that|this|any|some) (?:[\w-]+ )?(?:concerns?|doubts?|worry|worries|point|comment|impression|reservations?|hesitation|hesitancy|feedback|view|assumption|perception|reading|sense)\b|\bthere (?:was|were) (?:some |a (?:bit of |little )?)?(?:hesitation|doubt|concern|worry|reservation)s?\b/;
/**
 * Where no feedback has been given (a thank-you, an influence letter, keep-in-touch, asking for referrals or other
 * openings) the writer's record alone rebuts nothing: it takes their view named and turned ("I know you felt…, but"),
 * or denied outright ("I'd push back", "that isn't the case").
 *
 * @example
 * rebutsNothingHere('i have five years of experience in reception .', 'thank-you'); // true
 * rebutsNothingHere('you felt my portfolio was thin , but that is not the case .', 'thank-you'); // false
 */
function rebutsNothingHere(norm: string, kind: string | undefined): boolean {
  return (
    noFeedbackKinds.has(kindProfile(kind).kind) &&
    !deniesTheirView.test(norm) &&
    !(
      theirViewNamed.test(norm) &&
      /\b(?:but|however|though|although|yet|actually|in fact|still|surpris\w*|puzzl\w*|baffl\w*|odd|strange)\b/.test(
        norm,
      )
    )
  );
}
/** Their view denied outright: "I'd push back", "that isn't really the case", "you misunderstood", "doesn't apply". */
const deniesTheirView =
  /\b(?:(?:not sure|doubt|do not think|wonder if|wonder whether) (?:that )?(?:the panel|you|they|the interviewers?|the team|he|she|everyone|anyone) (?:\w+ )?(?:understood|grasped|followed|got|saw|appreciated|took in|heard)|whatever (?:the panel|they|you|the interviewers?|the team) (?:thought|think|said|decided|felt|concluded)|(?:remain|am still|still) (?:\w+ )?(?:convinced|sure|certain|confident) (?:that )?my|(?:is|was|are|were) (?:simply |just |quite |completely |totally |plainly |frankly |entirely )?(?:wrong|mistaken|incorrect|inaccurate|unfounded|misplaced|untrue|off the mark|off base|baseless)|(?:do not think|not sure|doubt) (?:that )?(?:it|that|this) (?:is|was) (?:quite |really |entirely |altogether )?(?:right|fair|accurate|true|correct)|(?:held|counted|used|weighed) against me|(?:do not|would not|did not) (?:see|count|regard|view) (?:it|this|that|them) as (?:a |an )?(?:weakness|problem|concern|issue|gap|negative|red flag)|disagree|do not (?:really |quite |fully |entirely )?agree|push back|beg to differ|misunderst\w*|misread\w*|misjudg\w*|misrepresent\w*|mischaracteri[sz]\w*|overlook\w*|got (?:it|that|me|this) wrong|(?:is|was|are|were) not (?:really |quite |entirely |strictly |actually )?(?:an? )?(?:the case|true|accurate|correct|fair|right)|(?:does|do|did) not (?:really |quite )?(?:apply|hold|reflect|stand up|matter)|should not (?:really )?(?:matter|count)|do not see why)\b/;

/** A why-clause as the subject, left to the reader: "(why…) is your call", "is up to you". */
const leftToThem =
  /^(?: [\w-]+){0,4}? (?:is|was|remains) (?:entirely |of course |rightly |quite rightly |completely )?(?:(?:your|their|the (?:panel|team|company) 's) (?:call|decision|business|choice|prerogative|affair)|up to (?:you|them|the (?:panel|team))|not (?:for me|my (?:place|business|concern)))\b/;
/** Grounds other than merit: who the writer is, not what they did. */
const personalGround =
  /\b(?:age|gender|sex|accent|name|surname|race|ethnicity|colou?r|nationality|religion|faith|disability|health|pregnan\w*|maternity|paternity|children|kids|family|background|sexuality|hijab|headscarf|wheelchair|postcode|being (?:a woman|a mother|a father|a parent|older|foreign|disabled|pregnant|over \w+|a non-native|an immigrant)|where i (?:am|come) from|my (?:condition|diagnosis|visa|caring))\b/;
/** The writer's own performance, named as a cause ("my SQL answer", "I rushed"). */
const ownPerformance =
  /\b(?:(?:the|my) [\w-]+ (?:[\w-]+ )?i (?:gave|asked for|named|quoted|stated|mentioned|put|wrote|sent|made|chose)|my (?:\w+ )?(?:answers?|test|tests|presentation|case study|exercise|code|performance|nerves|examples?|task|take-home|portfolio|demo|slides|interview|experience|skills?|lack|cv|salary|expectations|notice|availability|english|german|french|spanish)|i (?:struggled|rushed|stumbled|froze|forgot|missed|ran out|went over|was nervous|did not (?:know|finish|prepare)|could not (?:answer|finish)|made (?:a|an|some) (?:mistake|error)))\b/;
/** Their side as the cause: an insider, a connection, the person who knew someone. */
const readerSideCause =
  /\b(?:internal|insider|referr\w*|connections?|knew|knows|friends?|relative|nephew|niece|favou?rit\w*|the (?:recruiter|interviewer|manager|director|panel|founder|ceo) 's|your|their|who (?:you|they) know)\b/;
const ownCauseWondered =
  /\b(?:wonder(?:ed|ing)?|suspect(?:ed)?|ask(?:ing)? myself|curious|guess|think|did|does|do|could|might|would|was it|is it) (?:whether|if|that)?\b([^.?!;]{0,60}?)\b(?:had (?:anything|something|much|a lot|more|everything) to do with|(?:played|play|plays) (?:a|any|some|a big|a large|its|much of a) (?:part|role)|shaped|influenced|swayed|affected|decided|tipped|factored|was the reason|counted against|went against|worked against|held me back|cost me)\b/;
/** Eye-roll, upside-down smile, unamused face, clown, slow clap: sarcasm in one character. */
const eyeRoll = /[🙄🙃😒🤡👏]|\/s\b/u;
/** A sentence in capitals (two words or more, no thanks in it): shouting. */
function shouted(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return (
    letters.length >= 8 &&
    letters === letters.toUpperCase() &&
    /[A-Z]+\W+[A-Z]+/.test(text) &&
    !/\b(?:THANK|THANKS|LOVE|GREAT|CONGRAT\w*|AMAZING|BRILLIANT|WELL DONE|EXCITED|DELIGHTED|HAPPY)\b/.test(text)
  );
}
const politeHadTime =
  /^(?:(?:hi|hello|so|and|also|just|out of interest|i wondered|i was wondering|i wonder|quick question)(?: [\w-]+)? ,? )*(?:were you able to|was (?:the (?:team|panel)|your team) able to|did you (?:get|have|find) (?:a |the )?(?:chance|time|moment) to|have you (?:had|got|found) (?:a |the )?(?:chance|time|moment) to|did you manage to|had you (?:had )?(?:a |the )?chance to)\b/;
const insinuatingWord =
  /\b(?:even|actually|bother\w*|really|at all|anyone|anybody|nobody|no one|properly|seriously|ever|honestly|truly|fully|so much as|at least|clearly|obviously)\b/;
const ownMotive =
  /\b(?:the (?:only |main )?reason (?:why |that )?i (?:am )?(?:ask|asking|mention|mentioning|write|writing|bring it up|raise it)|i (?:only )?(?:ask|mention it|raise it|bring it up) (?:because|since|as))\b/;
const askWhomInstead =
  /\b(?:someone|somebody|anyone|a colleague|another person|the (?:right|best) person|who) (?:else )?(?:(?:that )?i (?:should|could|can|ought to|might|would be better to) |to |(?:who|that) (?:is|would be|might be) (?:better|best) placed to |who (?:can|could|might) )?(?:ask|contact|speak to|talk to|write to|approach|email|direct (?:this|my (?:question|request)) to|help with (?:this|that|feedback))\b/;
const asksForFeedback =
  /\b(?:get|have|receive|ask for|hear|share|send|give me|pass on|learn) (?:\w+ ){0,3}?(?:feedback|pointers?|advice|insights?|tips|thoughts|notes|comments|a steer)\b/;
const excusedNext =
  /^(?:(?:but|and|still|of course|that said) ,? )?i (?:fully |completely |totally |do |can )?(?:understand|appreciate|know|realise|realize|get)\b|\bbut i (?:fully |completely |totally |do |can )?(?:understand|appreciate|realise|realize)\b(?! (?:why|how) (?:you|they|the))/;
/** What the writer should work on, asked about: "what I can improve", "which skills I should develop". */
const asksImprovement =
  /\b(?:what|which|where|how) (?:[\w-]+ )?to (?:focus on|work on|improve|develop|practi[sc]e|prioriti[sz]e|study|learn|brush up|strengthen|prepare)\b|\b(?:what|which|where|how)\b(?: [\w-]+){0,3}? (?:i|me) (?:[\w-]+ ){0,2}?(?:should|could|can|might|need to|ought to|have to|would need to|must) (?:to |still |best |further |most )?(?:improve|develop|work on|focus on|strengthen|practi[sc]e|learn|build|brush up|polish|prepare|get better|do (?:differently|better)|change|add)\b/;
/** Their words reported back: "you said…", "the recruiter mentioned…", "they explained that…". */
const reportsTheirWords =
  /^(?:(?:so|and|as|when) )?(?:you|they|he|she|the [\w-]+|your [\w-]+|the [\w-]+ [\w-]+) (?:\w+ )?(?:said|mentioned|explained|told me|noted|pointed out|described|wrote|felt|thought)\b/;
/** A shortfall granted after a claim: "…, but missed the staffing question", "…, though I forgot to say why". */
/** A reason that is the writer's own shortfall: "because I ran short of time", "as I was nervous", "since I rushed". */
const ownShortfallReason =
  /\b(?:because|as|since) i (?:\w+ )?(?:ran (?:short|out)|was (?:short|rushed|nervous|tired|flustered|running late)|had (?:no|too little|little) time|did not (?:have|leave|allow) (?:\w+ )?time|panicked|rushed|forgot|misread|misjudged|lost track|got nervous|got flustered)\b/;
/** The point granted outright: "I'll take the point on board", "that's fair", "you're right". */
const pointGrantedWords =
  /\b(?:(?:take|takes|took|taken|taking) (?:the|your|that) (?:\w+ )?points?|(?:take|takes|took|taken|taking) (?:it|that|this|them|those|(?:the|your|that|this|these|those) \w+(?: \w+)?) on board|fair point|(?:that|this|it) is (?:completely |totally |entirely |very )?fair|you are (?:quite |absolutely )?right|you were right|i agree|point taken|fair enough)\b/;
/** The point granted, and not doubted before it ("Not sure I agree there" grants nothing). */
function grantsPoint(norm: string): boolean {
  const granted = pointGrantedWords.exec(norm);
  return granted !== null && !/\b(?:not|never|hardly|no|disagree\w*)\b/.test(norm.slice(0, granted.index));
}
const grantedAfter =
  /\b(?:but|though|although|however|yet) (?:i )?(?:also |still |then |completely |totally )?(?:missed|forgot|skipped|overlooked|did not|failed to|should have|could have|rushed|ran out|left out|got (?:\w+ )?wrong|lost)\b/;
/** The writer's own next step: "I hope to reapply", "I plan to keep building…", "I'm timing every answer now". */
const ownPlan =
  /\bi have (?:now |since |already |just )?(?:re-?[a-z]+ed|finished|completed|passed|fixed|rewritten|updated|changed|addressed|corrected|reworked|improved|tidied|restructured)\b|\bi am (?:now |already |also |currently )?(?:timing|practi[sc]ing|working on|reading|taking|doing|recording|rewriting|reworking|learning|studying|building|preparing|reviewing|planning)\b|\bi have (?:now |since |already |just )?(?:started|signed up|enrolled|booked|begun|rewritten|redone|joined|set up)\b|\bi (?:\w+ )?(?:hope|plan|intend|aim|am going|will|would like|want|am planning|am hoping) to (?:reapply|apply|keep|continue|build|work|practi[sc]e|improve|get|gain|take|finish|complete|study|learn|try|come back|return|grow|develop)\b/;
/** The reader's input credited: "your hint helped", "the point about X is useful", "your comment changed how I…". */
const creditsTheirInput =
  /\b(?:your|the|that|this) (?:[\w-]+ )?(?:hint|point|feedback|comment|note|advice|suggestion|question|steer|pointer|observation|tip|prompt)s? (?:(?:about|on) (?:[\w-]+ ){1,4}?)?(?:really |definitely |certainly |also )?(?:helped|helps|is (?:interesting|useful|helpful|fair|valid|well taken|a good one)|was (?:interesting|useful|helpful|fair|valid|a good one)|makes sense|made sense|changes|changed|has changed|will change|gave me)\b/;
/** A regret said as one: "it's a shame…", "unfortunately…", "I'd have liked…", "I had hoped…". */
const regretFrame =
  /^(?:(?:hi|hello|dear) [\w-]+ ,? )?(?:(?:well|still|honestly) ,? )?(?:it is (?:a |such a )?(?:(?:real|bit of a|great|little) )?(?:shame|pity)|(?:what a|such a) (?:shame|pity)|(?:shame|pity) (?:that|the)|unfortunately|sadly|regrettably|i (?:am|was) (?:a (?:little|bit) )?(?:sorry|sad|disappointed)|i (?:do )?wish|i would have (?:liked|loved|preferred|welcomed|enjoyed)|i had (?:really )?hoped)\b/;
const sharedCause =
  /\b(?:out of (?:everyone|anyone|everybody|anybody) 's (?:hands|control)|out of (?:our|all our|your|everyone's) (?:hands|control)|beyond (?:anyone|everyone) 's control|(?:nobody|no one) 's fault|these things happen)\b|\b(?:as|because|since|when|after) (?:we|time|the (?:clock|time|call|connection|video|link|wi-?fi|projector|laptop|screen|demo|audio|line))\b (?:\w+ ){0,3}?(?:ran|run|running|had|was|were|went|dropped|failed|froze|crashed|cut|died|over|out)\b/;
const trustsTheirCall =
  /\b(?:i am sure|i trust|i have no doubt|no doubt|i know|i am certain|i respect that) (?:that )?(?:you|they|the [\w-]+|your [\w-]+|the (?:hiring |interview )?(?:panel|team)) (?:\w+ )?(?:made|reached|took|came to|had|weighed|chose|thought (?:hard|carefully)|considered) (?:the|a|their|your|its|this|that|it|everything)\b/;
const leadingConcession =
  /^(?:(?:that|it|this) (?:is|makes) (?:\w+ )?(?:fair|right|true|useful|helpful|sense)|fair (?:point|enough|comment)|you are (?:quite )?right|agreed|true)\b/;
const changedSince =
  /\b(?:since|now|the same|agree\w*)\b|\b(?:have|am|i have) (?:started|been (?:working|practi[sc]ing|learning)|booked|enrolled|taken|rewritten|redone|rebuilt|signed up)\b/;
const ownShortfall =
  /\bi (?:spent|took|used|gave) [^.?!,;]{1,40}? (?:and|but) only [^.?!,;]{1,30}? (?:on|to) (?:my|the)\b|\bmy (?:[\w-]+ ){0,2}?(?:answers?|examples?|presentation|stories|story|introduction|intro|responses?|explanations?) (?:ran|went|were|was) (?:a bit |a little |far |much |way )?(?:too )?(?:long|over time|on too long|rambling|unfocused|thin)\b|\bi (?:knew|know|could tell|sensed|felt) (?:that )?(?:the |my )?[\w-]+(?: [\w-]+)? (?:did not go (?:well|to plan|great)|went badly|was (?:weak|poor|not (?:great|good|my best)))\b|\bi (?:know|can see|understand|see) why (?:it|the \w+|you|they) (?:went|chose|picked|hired|decided|preferred|offered|gave)\b|\bmy \w+(?: \w+)? (?:is|was|are|were) (?:still )?not (?:yet )?(?:quite )?(?:fluent|strong|good|deep|broad|ready|enough|there|up to)\b/;

/** A question, a request ("I'd value knowing…", "anything about why would help"), or a clause opening on "why". */
function asksSomething(sentence: PreparedSentence): boolean {
  if (sentence.isQuestion || askFrame.test(sentence.norm)) return true;
  // "I'd be happy to explain why I applied": the writer offering the reason asks nothing.
  if (softAsk.test(sentence.norm.replace(writerExplains, ' '))) return true;
  return sentence.tokens.some(
    (t, i) => /^(?:why|what|how|where)$/.test(t.norm) && isAsked(sentence, i, sentence.normStarts[i] ?? 0),
  );
}

/** A broad why aimed back at what the sentence before said: "the thinking behind that", "what changed?". */
const anaphoricWhy =
  /^(?:(?:so|and|but|then|please|kindly) )*explain(?: (?:this|that|it|the reason|the decision))?(?: please)? ?(?:[?.!]|$)|\b(?:thinking|reasoning|rationale|logic|thought process|basis|reason|reasons) (?:behind|for) (?:that|it|this|this one)\b|^(?:(?:so|and|but|then) )?(?:what|why) (?:exactly |suddenly )?(?:changed|happened|is that|was that)\b|^(?:(?:so|and|but|then) )?why(?: (?:exactly|then|so|is that|was that|not))? ?(?:[?.!]|$)|\bhow (?:exactly )?(?:did|does|do|could|can) (?:you|they|the [\w-]+|that|it) (?:\w+ )?(?:decide|conclude|justify|come to|arrive at|reach|happen|make sense)\b/;
const namesOutcome =
  /\b(?:went wrong|gone wrong|decision|outcome|result|reject\w*|unsuccessful|not (?:been )?(?:selected|chosen|successful|hired|picked|shortlisted|offered|the one)|did not (?:get|make)|turned (?:me )?down|went (?:with|for)|other (?:candidate|applicant|person)|someone else|fell short|against me|a no)\b/;
const softAsk =
  /\b(?:revert|get back|come back|reply|respond|write back) (?:to me )?with\b|\b(?:would|will|might) (?:really )?(?:help|be (?:helpful|useful|great|good|appreciated|welcome|kind))\b|\b(?:value|appreciate|welcome|be grateful for|love) (?:knowing|hearing|understanding|an explanation|an answer|some insight|any insight|clarity|some clarity|any light)\b|\b(?:any|some) (?:insight|light|clarity|explanation|idea)\b|\bi (?:want|wanted|wish|need|needed) to know\b|\b(?:inform|tell|explain to|show) me\b|\bexplain (?:why|what|how|the)\b|\basking (?:you )?(?:why|what|how|about|for)\b|\bhoping (?:for|you (?:could|would|can|will|might))\b|\bto (?:understand|know|learn|hear|find out) (?:why|what|how|the reasons?)\b/;
/** The future or other roles, named plainly ("another opportunity" alone may be this one again). */
const laterOrElsewhere =
  /\b(?:next (?:year|spring|summer|autumn|fall|winter|quarter|intake|cohort|hiring (?:round|cycle|season)|graduate scheme)|(?:once|when|after) i (?:have |had )?(?:got|gotten|gained|built|developed|earned|done|finished|completed|had|picked up|racked up|spent) (?:\w+ ){0,2}?(?:more|some|enough|further|another|a few|a couple|a year|a bit|two|three)\b|in (?:a year|a few (?:months|years)|a couple of (?:months|years)|six months|twelve months|(?:two|three|\d+) years)(?: or (?:so|two|three))?(?: (?:'s )?time)?|(?:role|position|opening|vacancy|scheme|post|job) (?:that|which) (?:has |have |had )?(?:just |recently |now |only just )?(?:opens|opened|is opening|will open|starts|came up|come up|was advertised|is advertised|is being advertised|was posted|went live|is new)|(?:just|recently|newly) (?:opened|advertised|posted|created|announced) (?:role|position|opening|vacancy|post|job)|future|next time|later on|elsewhere|down the line|one day|someday|other (?:roles?|openings?|positions?|teams?|opportunities|vacancies)|similar (?:roles?|positions?|openings?|opportunit\w+|vacanc\w+)|(?:another|a different|a new) (?:role|opening|position|vacancy|team)|(?:another|a future|further) opportunit(?:y|ies) (?:with|at|in|to work (?:with|at|in)|to join) (?:your|the) (?:organi[sz]ation|company|firm|business|practice|trust|school|hospital|group|charity)|(?:another|a different|other|an other) (?:company|companies|firms?|employers?|organi[sz]ations?|business(?:es)?))\b/;
const repeatCue =
  /^(?:re-?consider\w*|revisit\w*|re-?think\w*|re-?open\w*|again|another|second|chance|re-?do|re-?take|re-?sit|re-?submit\w*)$/;
const repeatAsk =
  /\b(?:re-?consider|revisit|re-?think|re-?open|another (?:chance|go|try|shot|interview|round|look|opportunity)|second (?:chance|look|thought)|change (?:your|their|his|her) minds?|think again|again|once more|one more)\b/;
const stageMention =
  /\b(?:another|a second|a further|one more|an additional|a new|a follow-up|a fresh) (?:interview|round|stage|assessment|test|exercise|take-home|panel)s?\b/g;
const hadTheChance =
  /\b(?:had|have|has|get|got|getting|find|found) (?:a|the|any) (?:chance|moment|minute|opportunity|time) to\b/;
/**
 * Words without which nothing is repeated, reversed, kept open or stepped into. Of the "re-" words only those of doing
 * again ("reapply", "resubmit", "re-interview"): "referring me", "really", "ready" and "regards" repeat nothing.
 */
const secondChanceCue =
  /\b(?:again|another|second|once more|one more|re-?(?:consider|think|open|visit|do|take|sit|submit|appl|interview|assess|evaluat|review|run|record|present|attempt|try|start|join|engag|examin|mark|scor|test|look|enter|instat|negotiat)\w*|record\w*|fresh|version|see|nothing (?:\w+ )?(?:you|that|anyone|i) can do|back|still|chance|chances|opportunity|change|instead|after all|keep|think of me|in mind|consider\w*|fall\w* through|fell through|declin\w*|turn\w* (?:it |the \w+ )?down|not (?:accept|work|start|stay|sign|confirm)|walk\w* away|withdraw\w*|trial|waiting list|open|door|final stage|same|overturn\w*|appeal\w*|look|looked|review\w*|prove|show|convince|persuade|available|step in|place|room|spot|list|think twice|mind|try|retake|redo|resit|resubmit|present|meet|call|conversation|case|decision is not|not (?:yet )?final|possib\w*|any way|hire me|choose me|pick me|take me|select me|differently|follow-up|chang\w*|too late|allow it|instead|finali\w*|before (?:you|the|anything|it)|coffee|chat)\b/;
const pressureCue =
  /\b(?:by|before|within|until|latest|deadline|today|tonight|tomorrow|week|weeks|days?|hours?|months?|soon|sooner|asap|now|urgent\w*|prompt\w*|immediate\w*|quick\w*|straight away|right away|at once|end of|close of|eod|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+\w*|expect\w*|demand\w*|insist\w*|requir\w*|need|needs|must|owe\w*|deserv\w*|entitled|right to|least|minimum|escalat\w*|complain\w*|complaint|review|post\w*|publi\w*|share|tell|report\w*|ceo|director|manager|boss|board|founder|chief|head|hr|lawyer|solicitor|legal|union|regulator|ombudsman|councillor|mp|press|paper|journalist|media|linkedin|glassdoor|forum\w*|again|third|fourth|fifth|final|last|still|waiting|waited|wait|chas\w*|reminder|times|patient|patience|long|longer|drag|if (?:i|you|there|nothing|no one|nobody|someone|anyone|my)|unless|otherwise|or else|priorit\w*|treat\w*|sort|resolve\w*|answer|reply|respond|response|hear|attention|record|copy\w*|cc|contact\w*|call\w*|writ\w*|raise|take|remember|customers?|clients?|community|industry|word|people|anyone|everyone|others|reading)\b/;
/** "It was a tough interview, but the panel was fair and friendly": the sentence turns to praise and ends there. */
function praiseAfterTurn(norm: string): boolean {
  const turns = [...norm.matchAll(/\b(?:but|however|though|although|yet)\b/g)];
  const last = turns[turns.length - 1];
  if (last === undefined) return false;
  const tail = norm.slice((last.index ?? 0) + last[0].length);
  return (praise.test(tail) || acceptsIt.test(tail)) && !sting.test(tail);
}
/** "…, but it is fair", "…, but that makes sense": the turn ends in accepting what was said. */
const acceptsIt =
  /\b(?:(?:it|that|this|which|the (?:feedback|point|comment)) (?:is|was|seems|feels) (?:\w+ )?(?:fair|right|true|accurate|useful|helpful|reasonable|understandable|valid)|fair enough|makes sense|made sense|you are right|point taken|these things happen|(?:such|that) is life|it happens|no hard feelings|i (?:fully |completely |totally )?(?:understand|get it|get that|respect (?:that|it|the decision)))\b/;
const selfBlame =
  /\b(?:my (?:own )?(?:mistake|fault|error|responsibility|doing)|on my part|i (?:should|could) have|i (?:had|have|did) not (?:\w+ ){0,4}?(?:enough|properly|carefully|well|closely))\b/;
const goodwill =
  /\b(?:wish (?:them|him|her|you|the \w+(?: \w+)?) (?:well|luck|all the best|every success)|congratulations|(?:great|good|well-deserved|exciting|big|lovely|deserved) (?:step|move|opportunity|news|promotion|chance) for (?:them|him|her|the \w+|whoever)|(?:pleased|happy|delighted|glad|thrilled) for (?:them|him|her|the \w+)|(?:great|good|strong|excellent) (?:fit|choice|candidate|hire)|well deserved|deserves? (?:it|the role|the job))\b/;
/** Who an accusation can be aimed at: the reader, their side, their process, or anyone vague. */
const readerSide = new Set([
  // Not the pronouns and things that point anywhere ("which was my mistake", "I wish them well").
  ...[...readerTargets].filter(
    (w) => !/^(?:it|this|that|which|them|him|her|his|thing|everything|experience|question|questions)$/.test(w),
  ),
  'your',
  'yours',
  'yourselves',
  'nobody',
  'no-one',
  'anyone',
  'anybody',
  'whoever',
  'firm',
  'bank',
  'school',
  'hospital',
  'council',
  'agency',
  'studio',
  'store',
  'shop',
  'trust',
  'university',
  'employer',
  'employers',
  'candidates',
  'applicants',
  'role',
  'job',
  'advert',
  'ad',
  'posting',
  'salary',
  'offer',
  'promises',
  'promise',
  'promised',
  'values',
  'diversity',
  'manners',
  'courtesy',
  'respect',
  'silence',
  'lead',
  'interviewing',
  'assessing',
  'recruitment',
  'hr',
  'ceo',
  'founder',
  'management',
  // Done to the writer by someone unnamed: "I was judged unfairly".
  'judged',
  'assessed',
  'treated',
  'marked',
  'scored',
  'evaluated',
  'dismissed',
  'ignored',
  'overlooked',
  'interrupted',
]);
/** "just to get started again", "back to work": the writer working again, not this process re-run. */
/** The writer's own interest restated: "X is still my first choice", "I remain very interested". */
const stillKeen =
  /\b(?:still|remains?) (?:my|our|the) (?:first|top|number one|preferred|favourite|favorite) (?:choice|option|preference)\b|\b(?:am|remain|is|are) still (?:very |really |just as |as )?(?:interested|keen|excited|enthusiastic)\b|\bstill (?:very |really )?(?:interested|keen|excited)\b/g;
const workingAgain =
  /\b(?:get |getting |got )?start(?:ed|ing)? (?:work(?:ing)? )?again\b|\bwork(?:ing)? again\b|\bback (?:to|into|in) work\b/g;
const pronounAnother = /\bone [\w-]+ to another\b|\banother(?= ?(?:[,.;:!?)]|$))/g;
const ownMessageResurfaced =
  /\b(?:bring(?:ing)?|bump(?:ing)?|float(?:ing)?|pop(?:ping)?|mov(?:e|ing)|resend(?:ing)?|re-?send(?:ing)?|send(?:ing)?) (?:this|it|my (?:\w+ )?(?:email|message|note|request|question)) (?:back )?(?:up )?(?:to the top of (?:your|the) inbox|to your attention|back up|up your inbox)\b|\b(?:in case|incase) (?:it|this|my (?:\w+ )?(?:email|message|note)) (?:got|has been|was|went) (?:buried|lost|missed|swamped|overlooked)\b/g;
const ownFollowUp =
  /\b(?:follow(?:ing)? up|writ(?:e|ing)|email(?:ing)?|bother(?:ing)?|check(?:ing)? in|reach(?:ing)? out|nudg(?:e|ing)|chas(?:e|ing)|message|messaging|contact(?:ing)?|trouble|troubling) (?:you )?(?:once )?again\b/;
const schedulingNextStage =
  /\b(?:move|moving|reschedul\w*|re-?arrang\w*|postpon\w*|push (?:back|forward)|bring (?:forward|back)|hold|holding|schedul\w*|confirm\w*|book\w*|set up|arrang\w*|shift|prepar\w*|looking forward to|look forward to|ready for|see you at|invit\w*)\b[^.?!]{0,40}?\b(?:the|our|my|your) (?:second|next|final|follow-up|third) (?:interview|round|stage|meeting|call|conversation)\b|\b(?:the|our|my) (?:second|next|final|follow-up) (?:interview|round|stage|meeting|call) (?:on|to|at|for|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d|morning|afternoon|week)/;
const praise =
  /\b(?:fair and|admir\w*|impressed by|professional|well[- ]organi[sz]ed|well[- ]run|friendly|kind|helpful|welcoming|(?:feel|felt) (?:\w+ )?welcome|welcomed|thorough|respectful|pleasant|impressive|enjoyed|enjoyable|pleasure|great experience|thank(?:s| you)|appreciate\w*|grateful|interesting (?:to (?:hear|see|learn)|that|how)|glad|lovely|generous|care|cared|careful|caring|thoughtful|considerate|prompt|honesty|warm|patient|patience|attentive)\b/;
const sting =
  /\b(?:not|no|never|nobody|no one|nothing|without|hardly|wast(?:e|ed|es|ing)|but|however|though|yet|so much for|apparently|clearly|obviously|bother\w*|only|silence|ignor\w*|less|fewer|unlike|supposed|pretend\w*|sure|least|already|internal\w*|after you|is (?:that|this) how|again|same|just|naturally|of course|surprise|i (?:suppose|guess|gather|presume)|plenty|formality|(?:a|any) good (?:interviewer|panel|recruiter)|i would (?:expect|have thought|hope))\b/;
const pleaWords =
  /\b(?:need|needs|needed|please(?! (?:prioriti[sz]e|expedite|reply|respond|confirm|send|let me know|advise|action|hurry|note))|beg|begging|desperate\w*|anything|everything|means?|meant|grateful|hope|hoping|struggl\w*|hard|difficult|tough|savings|family|families|children|kids|rent|bills?|afford|cope|coping|unemploy\w*|depend\w*|life|lives|dream|chance|sleep|stress\w*|mortgage|visa|permit|nothing|broke|help|only|last|really|so much|rely|relying|feed|worried|worry|scared|afraid|anxious|devastat\w*|heartbroken|crushed|upset|sad|free|unpaid|salary|whatever|promise|hardest|harder|go on|zero|lifeline|wits|picky|country|parents|support|situation|plead\w*|without (?:a |this |any )?(?:job|work|income)|every (?:company|employer|application|door)|rejected|rejections?|prove myself|any (?:job|role|position|opening|hours|work|thing|task|shift)|face|applications|closest|all over again|start(?:ing)? (?:again|over)|benefits|universal credit|welfare|food banks?|way out|confidence|self-esteem|morale|pieces|shattered|gutted|destroyed|wrecked|dreamt|dreamed|believe it is over|earner|breadwinner|foot in the door|heart|so many|turned down)\b/;
/**
 * The reader's need, not the writer's ("let me know if there's anything else you need", "ready whenever you need me"),
 * and interest stated ("I'm still really keen on working there"): no plea.
 */
const readersNeedOrOwnInterest =
  /\b(?:anything|something|whatever) (?:else |more |further )?(?:that )?(?:you|they|the team|the panel) (?:might |may |would |will |could )?(?:need|require|want)\b|\b(?:you|they) (?:might |may |would |will )?(?:need|require|want) (?:anything|something) (?:else|more|further)\b|\b(?:whenever|when|if|as soon as) (?:you|they|the team) (?:need|want) me\b|\b(?:still )?(?:really |very |genuinely |so )?(?:keen|interested|excited) (?:on|in|about|to)\b/g;
const feedbackWelcomed =
  /\bi (?:am|was|felt|feel|have been) (?:\w+ )?(?:so |very |really |also |particularly |especially |truly |genuinely )*(?:pleased|glad|delighted|happy|encouraged|touched|heartened|thrilled|relieved|reassured|grateful|moved|flattered|chuffed)\b|\b(?:it )?(?:meant|means) (?:a lot|so much|a great deal)\b|\b(?:your|their|the panel 's|the) (?:[\w-]+ )?(?:comments?|remarks?|feedback|notes?|words?|observations?|points?|advice|suggestions?)\b[^.?!]{0,60}?\b(?:were|was|are|is) (?:also )?(?:very |really |so |extremely |incredibly |particularly |most |genuinely )?(?:encouraging|helpful|useful|kind|generous|valuable|insightful|constructive|reassuring|appreciated|welcome|motivating)\b|\bi (?:also )?found (?:your|the|their) (?:[\w-]+ )?(?:comments?|remarks?|feedback|notes?|points?|advice|suggestions?|observations?)\b[^.?!]*\b(?:useful|helpful|valuable|encouraging|insightful|constructive|illuminating)\b|\bi (?:really |also |do |truly )?(?:appreciate|appreciated|value|valued|welcome|welcomed) (?:the|your|their|hearing) (?:[\w-]+ )?(?:note|comment|feedback|point|remark|observation|advice|insight|explanation|pointer)s?\b|\b(?:exactly|just) as i (?:suspected|thought|expected|feared)\b|^i (?:have|had) (?:already |since |now |just )?(?:spoken|talked|signed up|enrolled|booked|started|begun|asked|arranged|joined|registered|volunteered)\b/;
const betterThanAnyone = /\bbetter than (?:anyone|anybody|most|almost anyone)\b/g;
/** The writer's disappointment accepted: "but that's how it goes", "such is life" ("to be honest" said beside it). */
const outcomeAccepted =
  /(?:\b(?:but|and) )?\b(?:that|it|this) is (?:just |simply )?(?:how it goes|the way it goes|life|how these things go)\b|\bsuch is life\b|\bthese things happen\b|\bto be honest\b/g;
/** The writer's record or own course: "I led the migration last year", "I'll be fully qualified by mid-year". */
const ownRecordOrCourse =
  /\b(?:i|we) (?:\w+ )?(?:led|brought|reduced|cut|grew|increased|delivered|built|launched|managed|raised|saved|improved|completed|achieved|drove|doubled|halved|won|finished|passed|trained|ran|oversaw|introduced|created|designed|developed|shipped|migrated|negotiated)\b|\bi (?:will|shall) be (?:fully |officially )?(?:qualified|certified|registered|licensed|chartered|accredited|graduat\w+)\b|\bi am (?:\w+ )?(?:completing|finishing|studying|taking|sitting|doing) (?:the |my |a |an )?(?:final |last )?(?:[\w-]+ ){0,3}?(?:course|exam|exams|subject|module|degree|qualification|certificate|diploma|programme|program|training|apprenticeship)\b/;
const turnAgainst =
  /\b(?:but|however|though|although|yet|actually|nonetheless|nevertheless|even so|all the same|at least|wrong|unfair\w*|disagree\w*|dispute\w*|incorrect|untrue|misread\w*|misunderst\w*|overlook\w*|ignor\w*|only because|in fact|to be fair|surely|clearly|obviously)\b/;
/** Needs and "lasts" that are no plea: a skill to work on, thanks to give, the last note or job. */
const notAPlea =
  /\b(?:my )?visa (?:allows|lets|permits|entitles|means) me\b|\bwithout (?:needing |the need for |any )?sponsorship\b|\bright to work\b|\bplease (?:do not|never) hesitate to (?:contact|get in touch|reach|call|email|ask|let me know)\b[^.?!]*|\b(?:grateful|thankful) for (?:any |your |some |a few )?(?:advice|feedback|pointers?|tips?|insights?|thoughts|guidance|suggestions)\b|\bhelp (?:me )?(?:become|be a|get better|grow|improve|learn|prepare|develop)\b|\bstruggl\w* to (?:understand|work out|see(?! (?:the|any) point)|figure out|make sense|follow|get my head)\b|\b(?:(?:really|genuinely|definitely|clearly|certainly|still|obviously) )?(?:need|needs|needed) to (?:improve|work on|practi[sc]e|get better|brush up|learn|develop|strengthen|build|focus|prepare|polish|review|rethink|refine|sharpen|say|thank|mention|ask|check|add|clarify|know|reflect|confirm|decide|accept|respond|reply|answer|give notice|give (?:[\w']+ ){0,6}?notice|hand in|resign|sign|arrange|plan|book|let)\b|\b(?:my|the|your|our) last (?:note|email|message|mail|letter|call|job|role|position|employer|company|team|manager|round|interview|week|month|year|point)\b|\blast (?:week|month|year|time|night|friday|monday|tuesday|wednesday|thursday)\b|\b(?:really |genuinely |so )?(?:wanted|was hoping for|had hoped for|was keen on|liked) (?:this|the|that) (?:role|job|position|one|opportunity)\b|\b(?:i would|i) (?:really |genuinely |absolutely |truly )?(?:love|like|enjoy) (?:this|the|that) (?:role|job|position|opportunity|work)\b|\b(?:i would|i) (?:really |genuinely |absolutely |truly )?(?:love|like) to (?:join|work|be part|contribute|help)\b|\b(?:advice|feedback|pointers?|tips?|insights?|thoughts|guidance|suggestions|steer) (?:would|will|could) (?:really |genuinely |so |truly |be a )?(?:help|be (?:helpful|useful|appreciated|valuable|welcome|great))\b/g;
const ownPromise =
  /\bi (?:will|shall|can|could|am going to|plan to|intend to|would be (?:happy|glad) to|promise to|aim to|hope to|expect to) (?:\w+ ){0,2}?(?:send|have|get|share|finish|complete|prepare|submit|bring|forward|drop|post|email|call|ring|be (?:available|free|back|in touch|there|ready)|start|update|return|sign|deliver|upload)\b|\b(?:please )?find (?:attached|attach|enclosed)\b|\bi (?:have|am) (?:now |just )?(?:attached|attaching|enclosed|enclosing|sent|sending|included|including)\b|\bhere (?:is|are) (?:the|my)\b/;
const ownSchedule =
  /\bi (?:will be|shall be|am going to be|am|will|am going to) (?:\w+ )?(?:away|on leave|on holiday|on vacation|travelling|traveling|out of (?:the )?office|offline|unavailable|abroad|off (?:work|sick|from)|back (?:from|on|at|in)|moving house|in (?:london|the office|meetings)|starting (?:a |my )?new)\b|\bmy (?:own )?(?:schedule|availability|diary|calendar|notice period|holiday|leave|travel)\b|\bi am (?:also |still )?(?:free|available|around|about) (?:on |from |after |before |any |most |all |this |next |until )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mornings?|afternoons?|evenings?|day|time|week|\d)/;
const offerOfHelp =
  /\b(?:do not|never) hesitate to (?:contact|get in touch|reach|call|email|ask|let me know)\b|\bshould you (?:require|need|want) (?:anything|any|more|further)\b|\b(?:happy|glad|pleased|keen|willing|delighted) to (?:\w+ ){0,2}?(?:send|share|forward|pass|drop|bring|walk|go through|help|put together|prepare|dig out|make)\b|\bif (?:it|that|they|this|these|those) (?:would|could|will|might|would ever)? ?(?:be )?(?:useful|helpful|help|of (?:any )?use|of interest)\b|\bif you (?:ever )?need (?:anything|any|something|more|a hand|help|another pair)\b/;
/** A day or time agreed to or offered: "Thursday suits me", "Friday is fine for me", "the 10:30 slot is ideal". */
const timeAgreed =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|(?:this|next) week|mornings?|afternoons?|evenings?|\d{1,2}(?::\d\d)? ?(?:am|pm)?|slot|time|date)(?: (?:morning|afternoon|evening|at [\w:.]+))? (?:(?:would|will|should) )?(?:suits?|work|works|be (?:fine|perfect|ideal|great|good|best|free)|(?:is|are) (?:fine|perfect|ideal|great|good|best|free|open))\b(?! (?:by|before|at the latest))/;
/** A call or meeting proposed for a time: "a quick call this week or next", "a coffee on Tuesday or Thursday". */
const slotOffered =
  /\b(?:a|an|our|the) (?:[\w-]+ ){0,2}?(?:call|chat|conversation|coffee|meeting|catch-up|video call|phone call|teams call|zoom)\b[^.?!]{0,30}?\b(?:(?:this|next) week|(?:on )?(?:monday|tuesday|wednesday|thursday|friday)|tomorrow|morning|afternoon)\b(?: or [\w-]+(?: [\w-]+)?)?(?: if| when| that| whenever| at all| [?])/;
/**
 * Another process told, and this one preferred: "I have a second interview elsewhere on Friday, but I'd rather join your
 * team", "I'm also in the final stages with another firm, but this role is my first choice".
 */
const otherProcessPreferred =
  /\b(?:elsewhere|another (?:company|firm|employer|organi[sz]ation|offer|process|interview)|other (?:offers?|processes|companies|firms|interviews))\b[^.?!]*\b(?:but|though|although|however|and)\b[^.?!]*\b(?:rather|prefer\w*|first choice|top choice|first preference|really want|most excited|keenest|hope (?:to|it is)|would love)\b/;
const otherProcess =
  /\b(?:elsewhere|another (?:company|firm|employer|organi[sz]ation|offer|process|interview|final interview|final round)|other (?:offers?|processes|companies|firms|interviews))\b/;
/** Their timing asked about: "I wanted to ask about timing", "checking where things stand". */
const timingAsked =
  /\b(?:ask|asking|check|checking|wonder|wondering|enquire|enquiring|inquire|inquiring)\w* (?:\w+ ){0,3}?(?:timing|timings|timeline|timelines|timescales?|time ?frames?|next steps|where things (?:stand|are)|how things (?:stand|are)|any update|an update|any news)\b|\b(?:help|useful|helpful|good|great) to (?:know|hear|have) (?:\w+ ){0,2}?(?:when|how long|what (?:time|timeline|timescale))\b/;
const patience =
  /\bi (?:will|shall|can|am happy to|am content to|will just|will simply|will patiently) (?:(?!not |never )\w+ )?wait(?: to hear(?: back)?(?: from (?:you|them|the team))?)?\b(?! (?:no|any) longer)|\b(?:(?:will|shall|would) not|promise not to|no need to) (?:\w+ )?(?:chase|follow up|bother|pester|nag|push|write again|email again)\b|\b(?:i will |i shall |i am going to |i will just )?leave it with you\b|\b(?:(?:happy|glad|content|willing|more than happy) to wait|whenever (?:you|suits|it suits|works|is convenient|the timeline|convenient|time allows)|no (?:rush|hurry|pressure|worries|problem)(?: at all)?\b|in your own time|at your (?:convenience|leisure)|(?:when(?:ever)?|if) you (?:do |ever |happen to )?(?:have|get|find|can find|can spare) (?:a |the )?(?:spare |free |quick )?(?:moment|minute|chance|time)|there is no (?:rush|hurry|deadline))/;
const patienceAll = new RegExp(patience.source, 'g');
/** "should you require anything further": the writer's offer, whose "require" is no demand of the reader. */
const offerOfHelpAll = new RegExp(offerOfHelp.source, 'g');
/**
 * A reply or decision the writer owes someone else ("I need to answer them by Friday", "their offer expires on the
 * 12th"): the writer's own deadline, told so the reader knows the timeline, not set for the reader.
 */
const ownObligation =
  /\bi (?:\w+ ){0,2}?(?:need|have|must|am due|am supposed|promised|am expected|was asked|have been asked|have agreed|got) to (?:\w+ ){0,2}?(?:answer|reply|respond|decide|give (?:[\w-]+ ){0,3}?(?:them|an answer|my answer|a decision|my decision|a reply|a response)|let (?:them|the \w+) know|get back to (?:them|the \w+)|confirm|accept|decline|sign|make (?:a|my) decision)\b|\b(?:answer|reply to|respond to|get back to|let|give) (?:them|the other (?:company|firm|employer|team|recruiter))\b|\b(?:the|their|that|this|my|the other) (?:job )?offer (?:\w+ ){0,2}?(?:expires?|lapses?|runs out|closes|stands|is open|is valid)\b|\b(?:my|their) (?:own )?deadline\b|\b(?:other|another) (?:process(?:es)?|offers?|compan(?:y|ies)|firms?|employers?|roles?|interviews?)\b[^.?!]{0,40}?\bdeadline\b/;
const ownObligations = new RegExp(ownObligation.source, 'g');
/** Whether the match's deadline sits inside a reply the writer owes someone else. */
function ownObligationAt(ctx: MatchContext): boolean {
  for (const m of ctx.sentence.norm.matchAll(ownObligations)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "give them | an answer by Wednesday": the reply word may follow the obligation by an article or two.
    if (
      start <= ctx.normIndex + 1 &&
      (end > ctx.normIndex || /^(?: [\w-]+){0,2} ?$/.test(ctx.sentence.norm.slice(end, ctx.normIndex)))
    )
      return true;
  }
  return false;
}
/** Whether the match's deadline is one the reader set themselves, reported by the writer. */
function recallsTheirTimeline(ctx: MatchContext): boolean {
  const upTo = ctx.sentence.norm.slice(0, ctx.normIndex + ctx.match[0].length);
  const reported = theirTimeline.exec(upTo);
  return reported !== null && reported.index + reported[0].length > ctx.normIndex && !reproachOfDelay.test(upTo);
}
const theirTimeline =
  /\b(?:you|they|he|she|the [\w-]+|your [\w-]+) (?:\w+ )?(?:said|mentioned|told me|expected|estimated|hoped|planned|indicated|thought|were hoping|are hoping|was hoping|is hoping|aimed|aim|expect|hope|plan)\b[^.?!;]{0,40}?\b(?:by|before|within|on|at|until|after|around|towards|in) |\b(?:was|were|had been|have been) (?:told|advised|informed|promised|assured)\b[^.?!;]{0,40}?\b(?:by|before|within|on|at|until|after|around|towards|in) /;
const hardshipThanked =
  /\b(?:(?:exactly|just|precisely) what i (?:needed|need)|(?:all )?the more (?:useful|helpful|welcome|valuable|appreciated)|(?:so|which is why|and) i (?:really |truly |genuinely |especially |particularly )?(?:appreciate|value|valued|appreciated) (?:you|your|the|how|it|this)|(?:helped|got|pulled|brought) me (?:out of|through)|(?:so|especially|particularly|really) (?:useful|helpful|welcome|valuable|appreciated)|thank(?:s| you)(?: so much)? for (?:the|your) (?:feedback|notes|advice|time|help|honesty|kindness))\b/;
const hardshipThankedAll = new RegExp(hardshipThanked.source, 'g');

/**
 * "It has been a tough few months, which makes feedback like yours all the more useful", "I was in a dark place last
 * year, and your advice helped me out of it": a hard time told as the reason for thanks, nothing asked.
 */
function hardshipOnlyThanked(norm: string): boolean {
  return (
    hardshipThanked.test(norm) &&
    !/\b(?:please|need|needs|chance|opportunity|beg\w*|desperate\w*|anything|(?:this|the|that) (?:job|role|position|offer)\b(?! (?:market|search|hunt|boards?|sites?)\b))/.test(
      norm.replace(hardshipThankedAll, ' '),
    )
  );
}
/** The writer's own state as the cause: "I was nervous", "I felt rusty", "I was over-prepared". */
const ownStateCause =
  /\bi (?:was|am|felt|got|had been|get|feel) (?:\w+ )?(?:so |too |very |a bit |really |quite |a little |rather |pretty |extremely )?(?:nervous|anxious|tired|exhausted|flustered|rusty|under-?prepared|over-?prepared|overwhelmed|unwell|ill|sick|jet-?lagged|stressed|distracted|out of practice|tense|frazzled|panicky|not at my best|off my game|in my own head|overthinking|overexcited|over-excited|starstruck|intimidated|worried|afraid|scared|unsure|uncertain|cautious|hesitant)\b/;
const ownLapse =
  /\bi (?:did|do) (?!not\b|never\b)(?:\w+ )?(?:go quiet|go silent|go blank|rush\w*|ramble|struggle|freeze|panic|overrun|run over|run out of time|lose (?:my|the) (?:way|thread|nerve)|miss|forget|skip|stumble|waffle|hesitate|get (?:nervous|flustered|lost|stuck|muddled|confused|tongue-tied)|talk too (?:much|fast|long|quickly)|go (?:over|off|on too long)|overcomplicate|underestimate|mix up|fumble|trail off|lose focus)\b|\bi (?:did not|never|forgot to|failed to) (?:\w+ )?(?:rehearse|prepare|practi[sc]e|check|read|plan|time|test|proofread|review|research|quantify|explain|structure)\b|\bi (?:spent|took|wasted) (?:\w+ )?(?:so|too) (?:long|much time)\b|\btypical (?:me|of me)\b|\bmy (?:own )?(?:fault|mistake|doing)\b/;
const grantsThePoint =
  /^(?:(?:thank you|thanks) ,? )?(?:the|your|that|this) (?:point|comment|note|feedback|criticism|concern|observation|remark)(?: [\w-]+){0,6} (?:is|was|seems|feels) (?:\w+ )?(?:a )?(?:fair|right|valid|accurate|true|reasonable|useful|helpful|spot on)(?: one| point)?\b/;
/** Need and hardship told: money, family, the search wearing the writer down. */
const hardshipWords =
  /\b(?:need|needs|desperate\w*|beg\w*|please|rent|bills?|savings|family|children|kids|afford|unemploy\w*|struggl\w*|broke|mortgage|visa|cope|coping|breaking|depress\w*|anxi\w*)\b/;
const pastCounterfactual =
  /\b(?:i|me) (?:could|should|might) have (?:done|said|shown|prepared|approached|answered|handled|framed|explained|presented)\b|\bwould have made me (?:a |an )?(?:stronger|better|more)\b/;
const stanceIf =
  /\bif i (?:am (?:being )?(?:honest|frank|candid)|may (?:say|add|ask|be (?:honest|frank))|can (?:say|add|be (?:honest|frank))|remember(?: rightly| correctly)?|recall(?: rightly| correctly)?|understood|understand (?:it )?(?:rightly|correctly)|am not mistaken|am right)\b/g;
const ownEarlierMessage =
  /\b(?:i am |i was |just )?(?:writing|emailing|getting in touch|reaching out|following up|checking in)(?: to (?:follow up|check in|ask|see))?\b|\b(?:i|we) (?:sent|wrote|emailed|submitted|left)\b[^.?!]{0,20}?\b(?:on|last|from) (?:the )?(?:\d+\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b|\b(?:my|the) (?:[\w-]+ )?(?:email|message|note|request|letter) (?:of|from|dated) (?:the )?(?:\d+\w*|last \w+|monday|tuesday|wednesday|thursday|friday)\b/g;
const dayOfEvent =
  /\b(?:today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday) 's\b|\b(?:on |all |that |the same |that same |the whole |on the )day\b(?! (?:after|before|by|of|to|is|will))/g;
const asksTheirTimeline =
  /\b(?:when|how soon|what time ?(?:frame|scale))\b[^.?!]{0,30}?\b(?:you|they|the (?:team|panel|company|business|board)|a decision|the decision|news|an update|i (?:might|could|would|can|will|should|may|am likely to))\b(?: [\w-]+){0,2}? (?:expect\w*|plan\w*|hop\w*|decid\w*|decision|be|hear|know|make|have|get|reach|come|likely|due|available|back)\b|\b(?:rough |any |an |some )?(?:idea|sense|estimate|indication) (?:of |on |about )?(?:when|the timeline|the timing|timings?|timescales?|time ?frames?|how long|next steps)\b/;
/** Impatience or a demand beside a question about their timeline ("How much longer do I have to wait?"). */
const impatientAsk =
  /\b(?:must|need to|have to|asap|urgent\w*|immediately|otherwise|unless|or else|escalat\w*|still|again|finally|at last|already|weeks|months|longer|by (?:tomorrow|today|tonight|the end|end|close|monday|tuesday|wednesday|thursday|friday|\d\w*))\b/;
const reproachOfDelay =
  /\b(?:still(?! (?:the (?:plan|case|timeline|timescale|schedule)|on (?:track|course|schedule)|going ahead|happening|expected|likely|open|correct|right|accurate|okay|ok))|yet to|waiting|waited|again|chas\w*|promised|as promised|no (?:reply|response|word|news)|not (?:heard|received)|passed|overdue|late|it (?:has|is) (?:now )?been|(?:that|this) was (?:\w+ ){1,2}ago)\b/;
const demandOfReader =
  /\b(?:you|your)\b[^.?!]{0,40}?\b(?:must|need to|have to|reply|respond|answer|get back|let me know|send|decide)\b|\b(?:expect|demand|insist|require|otherwise|unless|or else|escalat\w*|complain\w*|asap|urgent\w*|immediately|linkedin|glassdoor|(?:leave|leaving|write|writing|post|posting) (?:a |an )?(?:\w+ )?review|reviews? (?:site|on)|publicly|public|others|everyone|ceo|director|boss|lawyer|solicitor|assume|hear back|hear from|no choice|no option|raise (?:it|this|the matter)|take (?:it|this) (?:further|up)|agency|regulator|authority|union|tribunal)\b|\bi (?:\w+ )?(?:need|want|require)\b|\bif i (?:do not|have not|still)\b/;

/**
 * Common misspellings of the words the tone rules hinge on (a writer upset enough to write "unfare" rarely
 * proofreads first); the proofreader reports the spelling itself.
 */
const toneWordSpellings = new Map<string, string>([
  ...[
    'recosider',
    'reconsidder',
    'reconcider',
    'reconsidre',
    'reconisder',
    'recondsider',
    'reconsiter',
    'reconside',
  ].map((w) => [w, 'reconsider'] as const),
  ...['unfare', 'unfiar', 'unfar', 'unfaire', 'unfiar'].map((w) => [w, 'unfair'] as const),
  ...['desprate', 'desparate', 'desperat', 'desprite', 'dispirate'].map((w) => [w, 'desperate'] as const),
  ...['desprately', 'desparately', 'desperatly'].map((w) => [w, 'desperately'] as const),
  ...['selcted', 'slected', 'selectd', 'seleted', 'sellected'].map((w) => [w, 'selected'] as const),
  ...['rejcted', 'regected', 'rejeted', 'rejectd'].map((w) => [w, 'rejected'] as const),
  ...['rejction', 'regection', 'rejecion'].map((w) => [w, 'rejection'] as const),
  ...['rediculous', 'ridiculus', 'rediculus', 'ridiculas', 'rideculous'].map((w) => [w, 'ridiculous'] as const),
  ...['unproffesional', 'unprofesional', 'unproffessional', 'unprofessinal'].map((w) => [w, 'unprofessional'] as const),
  ...['unacceptible', 'unaceptable', 'unexceptable'].map((w) => [w, 'unacceptable'] as const),
  ...['disrespectfull', 'disrepectful'].map((w) => [w, 'disrespectful'] as const),
  ...['discrimanation', 'descrimination', 'discrimation'].map((w) => [w, 'discrimination'] as const),
  ...['dissapointed', 'disapointed', 'dissappointed'].map((w) => [w, 'disappointed'] as const),
  ...['oportunity', 'opportunaty', 'oppurtunity', 'opertunity'].map((w) => [w, 'opportunity'] as const),
]);

/** The sentence with misspelt tone words read as meant; the same object when none is misspelt (the usual case). */
function withToneWordsSpelled(sentence: PreparedSentence): PreparedSentence {
  if (!sentence.tokens.some((t) => toneWordSpellings.has(t.norm))) return sentence;
  const tokens = sentence.tokens.map((t) => {
    const meant = toneWordSpellings.get(t.norm);
    return meant ? { ...t, norm: meant } : t;
  });
  const normStarts: number[] = [];
  let norm = '';
  for (const token of tokens) {
    if (norm.length > 0) norm += ' ';
    normStarts.push(norm.length);
    norm += token.norm;
  }
  return { ...sentence, tokens, norm, normStarts };
}

/** A sentence as the match of a finding that no pattern made (the model's). */
function wholeSentence(sentence: PreparedSentence): RegExpMatchArray {
  const match = [sentence.norm] as RegExpMatchArray;
  match.index = 0;
  match.input = sentence.norm;
  return match;
}

/** What each rule's patterns matched in a sentence, without the sentence: its place in a message may change. */
type RememberedHit = { pattern: TonePattern; at: number; normIndex: number; match: RegExpMatchArray } | null;
const rememberedHits = new RecentMap<string, RememberedHit[]>(2000);

/**
 * Each rule's first match in a sentence. A sentence's matches depend only on its text, the one before it and the
 * message kind, so those of sentences seen lately are remembered: while the user types only the sentence being
 * edited (and the one after it) is read again.
 */
function ruleHits(
  sentence: PreparedSentence,
  profile: KindProfile,
  kind: string | undefined,
  previous?: PreparedSentence,
): Array<{ pattern: TonePattern; ctx: MatchContext } | null> {
  const key = `${kind ?? ''}\u0000${previous?.text ?? ''}\u0000${sentence.text}`;
  const known = rememberedHits.get(key);
  if (known) {
    return known.map((hit) =>
      hit
        ? {
            pattern: hit.pattern,
            ctx: { sentence, at: hit.at, normIndex: hit.normIndex, match: hit.match, profile, previous },
          }
        : null,
    );
  }
  const hits = rules.map((definition) => firstHit(definition, sentence, profile, previous));
  rememberedHits.set(
    key,
    hits.map((hit) =>
      hit ? { pattern: hit.pattern, at: hit.ctx.at, normIndex: hit.ctx.normIndex, match: hit.ctx.match } : null,
    ),
  );
  return hits;
}

function firstHit(
  definition: ToneRuleDefinition,
  sentence: PreparedSentence,
  profile: KindProfile,
  previous?: PreparedSentence,
): { pattern: TonePattern; ctx: MatchContext } | null {
  for (const pattern of definition.patterns) {
    if (pattern.when && !pattern.when(profile)) continue;
    if (!mayMatch(pattern.re, sentence.norm)) continue;
    for (const match of sentence.norm.matchAll(pattern.re)) {
      const normIndex = match.index ?? 0;
      // A match that begins with a separator (", actually") starts at the next word.
      const at = tokenAt(sentence, normIndex + (/^[\s,;:]/.test(match[0]) ? 2 : 0));
      const ctx: MatchContext = { sentence, at, normIndex, match, profile, previous };
      if (pattern.negatable !== false && isNegated(sentence, at)) continue;
      if (pattern.asked && !isAsked(sentence, at, normIndex)) continue;
      if (pattern.accusesReader && !accusesReader(sentence, at)) continue;
      if (pattern.futureSafe && futureContext.test(clauseText(sentence, at))) continue;
      if (pattern.check && !pattern.check(ctx)) continue;
      if (definition.rule === 'tone.defensive' && concedes(sentence.norm.slice(normIndex))) continue;
      return { pattern, ctx };
    }
  }
  return null;
}

/** The normalised text of the clause a token is in, to the end of the sentence's clause. */
function clauseText(sentence: PreparedSentence, at: number): string {
  const clauseStart = sentence.clauseStartOf[at] ?? 0;
  let end = at;
  while (end + 1 < sentence.tokens.length && (sentence.clauseStartOf[end + 1] ?? 0) === clauseStart) end++;
  return sentence.tokens
    .slice(clauseStart, end + 1)
    .map((t) => t.norm)
    .join(' ');
}
