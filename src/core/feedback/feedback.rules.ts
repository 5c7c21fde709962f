import type { FeedbackCategory } from './feedback.schema';

/**
 * One regex from many alternatives, each on its own line so a cue list reads (and diffs) like a word list.
 * The whole is wrapped in word boundaries; it runs on normalised, lower-case text.
 *
 * @example
 * anyOf(/on hold/, /paused/).test('the role is on hold') // true
 */
export function anyOf(...alternatives: RegExp[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.map((a) => a.source).join('|')})\\b`);
}

/** `anyOf` with flags (`g` for patterns used with `replace`). */
export function anyOfFlags(flags: string, ...alternatives: RegExp[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.map((a) => a.source).join('|')})\\b`, flags);
}

/**
 * The cues the analysis reads clauses with. Every pattern runs on text from `normalizeForMatching`
 * (lower case, contractions expanded: "didn't" → "did not"), so a cue is written once for all spellings.
 *
 * Three kinds of cue:
 * - `issue`: wording that is a problem by itself ("arrived late", "spoke over").
 * - `topic`: what the clause is about ("your answers", "the take-home"); it becomes the category only when
 *   the clause judges it negatively or states a requirement, and becomes `strength` when it praises it.
 * - `event`: something that happened regardless of tone (role on hold, visa, another candidate).
 */
export type CueKind = 'issue' | 'topic' | 'weakTopic' | 'event';

export interface Cue {
  category: FeedbackCategory;
  kind: CueKind;
  pattern: RegExp;
  /** A named specific this cue stands for ("salary expectations"), added when it fires in a clause that counts. */
  specific?: string;
}

const cue = (category: FeedbackCategory, kind: CueKind, pattern: RegExp, specific?: string): Cue =>
  specific === undefined ? { category, kind, pattern } : { category, kind, pattern, specific };

/** Negative judgement, doubt or shortfall: turns a topic into an issue. */
export const negativeJudgement = anyOf(
  /not/,
  /no/,
  // "a CSCS card and an SMSTS certificate, neither of which you have".
  /(?:neither|none) of (?:which|these|those|them)/,
  // A credential not yet complete: "part-qualified", "part way through Level 5".
  /part[- ](?:qualified|way through|way into)/,
  /never/,
  /nor/,
  /without/,
  /lack\w*/,
  /gaps?/,
  /weak\w*/,
  /shaky/,
  /thin/,
  // "a bit light", "light on detail" (not "in light of", "light-hearted").
  /(?:bit|little|too|quite|rather|somewhat|fairly|very|pretty|felt|seemed|looked|was|were|is|are) light(?! of| touch|-hearted|hearted)/,
  /light on/,
  /limited/,
  /basics?/,
  // Still on the way: "still learning the basics", "still getting to grips with", "still new to".
  /still (?:learning|getting to grips|getting up to speed|developing|building|finding (?:your|their) feet|new)/,
  // Difficulty said from the problem's side: "window functions tripped you up", "the last part caught you out".
  /(?:tripped|trip|catch|caught|threw|throw) (?:\w+ )?(?:up|out|off)/,
  /stumped/,
  /slips?/,
  // Advice to the user to do more of something is a shortfall said kindly: "go deeper on SQL", "brush up on Excel",
  // "we'd suggest you get more practice with …".
  /(?:go|dig|going|digging|get|getting) (?:a (?:bit|little) )?deeper/,
  /brush(?:ing)? up/,
  /(?:like|want|suggest|recommend|encourage|advise|urge)\w* (?:that )?you (?:to )?(?:work on|improve|strengthen|build (?:up|on)|develop|deepen|practi[sc]e|get (?:more|some|further)|gain|spend (?:more |some )?time|focus on|invest in)/,
  /superficial/,
  // "Your plating under time pressure let you down".
  /let (?:you|yourself|him|her|them) down/,
  // A level named as a beginner's: "your Python was at a beginner level".
  /(?:beginner|novice|elementary|entry)(?:'s)?(?:[- ]level)?/,
  /surface[- ]level/,
  /insufficient/,
  /struggl\w*/,
  // "Conversational at best": a ceiling set below the bar.
  /at (?:the )?best/,
  // A mix-up of two things ("you mixed up gross margin and contribution margin") is a slip in what was known.
  /mixed (?:\w+ )?up/,
  /muddled/,
  /fell short/,
  /falls? short/,
  /below/,
  /lower/,
  /poor\w*/,
  /missing/,
  /missed/,
  /wrong/,
  /errors?/,
  /mistakes?/,
  /fail\w*/,
  /unclear/,
  /unsure/,
  /unfamiliar/,
  /vague/,
  /generic/,
  /hard to/,
  /difficult to/,
  /concern\w*/,
  /worr\w*/,
  /issues?/,
  // "framed the pricing problem" names a task, not a shortcoming.
  /(?<!(?:framed|solved|tackled|approached|broke down|structured|understood|cracked) the (?:[\w-]+ )?)problems?(?! solving)/,
  /too/,
  /could have/,
  /should have/,
  /have liked/,
  /have loved/,
  /wanted to (?:see|hear)/,
  /needed (?:more|a lot|to see)/,
  /needs? (?:more|another|further|extra|a few|a couple|a bit|a little|some|work|to|improvement|developing|time)/,
  /less/,
  /disappoint\w*/,
  /surprised/,
  /rushed/,
  /sloppy/,
  // Work or talk without order or care: "haphazard", "careless", "disorganised", "your answers meandered".
  /haphazard(?:ly)?/,
  /careless(?:ly|ness)?/,
  /disorgani[sz]ed/,
  /messy/,
  /chaotic/,
  /meander\w*/,
  /clumsy/,
  /clumsily/,
  /slow(?:ly)?/,
  /only/,
  /mostly/,
  /mainly/,
  /largely/,
  /rather than/,
  /instead of/,
  /doubts?/,
  /doubted/,
  /hesitant/,
  /trailed/,
  /room for/,
  /improv\w*/,
  /shallow/,
  /light on/,
  /outdated/,
  /rusty/,
  /stopped short/,
  /patchy/,
  /inconsistent/,
  /underwhelming/,
  /unconvinc\w*/,
  /lost/,
  /bit of a gap/,
  /behind/,
  /unable/,
  /did not/,
  /could not/,
  /lose/,
  /losing/,
  /lost/,
  /low/,
  /little/,
  /short/,
  /quiet/,
  /poorly/,
  /badly/,
  /red flag/,
  /hoped to/,
  /hoping to/,
  /expected to (?:see|hear)/,
  /would have/,
  /not enough/,
  /off/,
  /new to you/,
  /out of date/,
  /out-of-date/,
  /long time ago/,
  /years ago/,
  /too old/,
  /dated/,
  /skipped/,
  /omitted/,
  /left out/,
  /question(?:ed)? your/,
  /made us (?:question|doubt|wonder)/,
  /theoretical/,
  /hypothetical/,
  /abstract/,
  /limiting/,
  /rarely/,
  /seldom/,
  /uncertain/,
  /undersold/,
  /downplay\w*/,
  /informal/,
  /casual/,
  /main (?:feedback|concern|issue|gap|problem|sticking point|worry)/,
  /sticking point/,
  /blocker/,
  /the (?:feedback|concern|issue|gap|problem) was (?:around|about|on|that)/,
);

/** Praise of the user or their work. */
export const positiveJudgement = anyOf(
  /(?:interviewed|performed|presented|came across|did|answered) (?:really |very |extremely |particularly )?(?:strongly|brilliantly|impressively|superbly|excellently)/,
  /rated (?:you|your \w+) (?:very |really |quite )?(?:highly|well|strongly)/,
  /(?:knowledge|understanding|grasp|technique|fundamentals) (?:was|were|is|looked|seemed) (?:very |really |quite |completely |entirely |clearly )?(?:secure|sound)\b/,
  /(?:answers?|responses?) (?:was|were) (?:very |refreshingly |really |always )?(?:honest|candid|genuine|sincere)/,
  /(?:spoke|talked|presented|answered|came across) (?:\w+ ){0,3}(?:confidently|articulately|fluently|persuasively|eloquently)/,
  // Candour praised: "we appreciated your honesty about not having used Epic" (the gap is read on its own).
  /(?:appreciated|valued|liked|respected) (?:your|the) (?:honesty|candou?r|openness|frankness)/,
  // "They were pleased with the interview", "pleased by how you handled it" (not "pleased with yourself").
  /(?:very |really |really very |so |extremely )?pleased (?:with|by) (?:the interview|you\b(?!rself)|your|how)/,
  // "you had the right skills but …" (not "did not have the right skills").
  /(?:had|have|has|with|got)(?<!(?:not|never|n't) (?:had|have|has|with|got)) (?:all |clearly |definitely )?the right (?:skills|skill set|skillset|experience|background|qualifications|attitude|knowledge|credentials|technical skills)/,
  /great/,
  /excellent/,
  /strong/,
  /impressive/,
  /impressed/,
  /solid/,
  /good/,
  /polished/,
  /(?<!(?:would|'d|have|might) )(?:liked|loved)/,
  /enjoyed/,
  /fantastic/,
  /brilliant/,
  /outstanding/,
  /exceptional/,
  /positive(?:ly)?/,
  /pleasant/,
  /lovely/,
  /talented/,
  /capable/,
  /confident/,
  /articulate/,
  /thoughtful/,
  /knowledgeable/,
  /enthusias\w*/,
  /energy/,
  /passion\w*/,
  /warm/,
  /friendly/,
  /personable/,
  /stood out/,
  /engaging/,
  /sharp/,
  /bright/,
  /rapport/,
  /clean/,
  /readable/,
  /well[- ]structured/,
  /well[- ]prepared/,
  /nice/,
  /perfectly/,
  /(?<!(?:team|staff|group|family|colleagues|department|people|we|they|crew|unit)(?: \w+){0,2} )really close(?! (?:to|with|knit|-knit))/,
  /impressed/,
  /appreciated (?:how|the way|you being|that you|your (?!time|interest|patience|application|effort))/,
  /(?:went|did|interviewed|performed|came across|presented|prepared|spoke|answered|handled|explained|done|communicated|researched|structured|scored) (?:yourself |itself |it |things |your (?:\w+ ){1,2})?(?:really |very |so |extremely |particularly )?well/,
  // A clause that ends on "well" says how well something was done ("you clearly knew the company well"), not
  // how someone is ("hope you are well").
  /(?<!\b(?:as|are|is|am|be|been|keeping|you|finds you) |\bas (?:very |really )?)(?:really |very |so |extremely |particularly |pretty |quite )?well$/,
  // "It was clear and well paced" praises; "it was clear that you…" only introduces what follows.
  /(?:was|were|very|really) clear(?! (?:that|to|from|whether|how|what|why|if|when|you|we|they|there)\b)/,
  /well[- ](?:paced|timed|pitched)/,
  /clearly (?:explained|articulated|communicated|structured)/,
  /explained [\w\s]{0,30}clearly/,
  /culture add/,
  /came through strongly/,
  // "showed real ownership" praises; "showed you were still learning" only introduces what the work revealed.
  /showed(?! (?:us )?(?:that |how |where )?(?:you|there|it|we|a lack|little|no|gaps?|some gaps|limited)\b)/,
  /thorough/,
  // Affirmed possession is praise ("you clearly have the technical chops", "you obviously know your numbers").
  /\byou (?:clearly|certainly|obviously|definitely|undoubtedly) (?:have|know|understand|can)\b(?! (?:a lot|lots|much|more|plenty|some way|a way|a long way|further|work) (?:still )?to (?:learn|go|do)\b)/,
  /insightful/,
  /beautiful/,
  /highly recommended/,
  /came recommended/,
  /(?:know|knew|knows) (?:your|their|his|her) (?:stuff|subject|field|craft|onions)/,
  /(?:know|knew|knows|understand|understood) (?:the|your) (?:theory|fundamentals|basics|material|domain|product|subject)/,
  /(?:strongest|sharpest|clearest|smartest|brightest|finest)/,
  /easy to (?:read|follow|understand|work with|talk to)/,
  /(?:honest|candid|upfront|open) about (?:what you did not know|not knowing|(?:your|the|a) (?:\w+ )?(?:gaps?|limitations|weaknesses|mistakes|break|career break)(?: in your (?:cv|career|employment))?)/,
  /well put together/,
  /(?:really |truly |genuinely )?valued (?:the|our|your|meeting|speaking|talking|the time)/,
  /(?:was|were|looked|looks|very|really) (?:very |really )?(?:tidy|neat|professional|meticulous)(?! (?:experience|qualifications?|body|bodies|services|development|standards?|body))/,
  /well[- ]presented/,
  /well[- ]organi[sz]ed/,
  /elegant/,
  /creativ\w*/,
  // The adjective praises; the adverb "genuinely think" only hedges the speaker.
  /genuine(?!ly)/,
  /well[- ]thought[- ]out/,
  /well[- ](?:researched|argued|reasoned|written|executed|judged|crafted|considered)/,
  /compelling/,
  /smart/,
  // Candour praised: "an honest answer", "honest about the gap" (dishonesty is a conduct cue of its own).
  /(?<!(?:not|never|less than|wholly|entirely|completely) )(?:honest|candid|frank) (?:answer|account|reflection|assessment)/,
  /(?:respected|admired)/,
  // Promise seen in the user: "you've clearly got potential", "shows real potential" (not "a potential concern").
  /(?:have|has|had|got|show\w*|with|see|saw) (?:clearly |definitely |obviously |certainly )?(?:got )?(?:real |huge |great |lots of |a lot of |so much |bags of |clear |genuine |enormous )?potential(?! (?:employers?|candidates?|issues?|concerns?|risks?|clients?|problems?|red flags?|conflicts?))/,
  // "everyone was very complimentary" (not a complimentary ticket or parking).
  /complimentary(?! (?:parking|drinks?|tickets?|coffee|tea|lunch|breakfast|access|copy|copies|membership|pass|passes|upgrade))/,
  // "a pleasure", "an absolute pleasure", "a real delight".
  /an? (?:absolute |real |genuine |total |great )?(?:pleasure|delight|joy)/,
  /delighted/,
  /sharp/,
  /strong/,
);

/** A statement of what the employer needs: implies the user fell short of it. */
export const requirement =
  /\b(?:we|they|(?:the|our|my) (?:team|client|company|business|hiring manager|role|position|job)|it|he|she)\s+(?:really |just |simply |ideally |also |now |are |were |was |is |do |did |would )?(?:need(?:s|ed)?|want(?:s|ed)?|requires?d?|require|look(?:s|ed|ing)? for|(?:are|were) after|prefer(?:s|red)?|expect(?:s|ed)?|(?:are|were) hoping for|(?:are|were) hoping (?:you(?:'d| would| could| might)|to see|to hear)|(?:are|were) seeking)\b(?! (?:me|us|you|him|her) to (?:say|pass|tell|let|know|mention|share|add|stress|emphasi[sz]e|reassure)\b)|\b(?:need(?:s|ed)?|want(?:s|ed)?|looking for|after|prefer(?:red)?|(?:would|'d) like|hoping for|hoped for|look for|search for|seek|seeking|move on with|go with) (?:someone|somebody|a candidate|candidates|people|a person|an? [\w-]+ (?:person|candidate|hire))\b|\b(?:the|this) (?:role|position|job) (?:also |really |still )?(?:requires|needs|calls for|demands)\b|\b(?:looking|hoping|want|wanting|need|needing|plan|planning) to (?:hire|find|bring in|recruit)\b|\b(?:essential|a must|non-negotiable|mandatory)\b|\byou (?:would |will )?need(?:ed)? (?:to (?:have|hold|be)|a|an|the)\b|^(?:[\w+&-]+ ){1,4}(?:is |are )?(?:required|needed|a requirement)\b(?! (?:to|by|of|for (?:a|an|the) \w+ to)\b)/;

/** Worry that was explicitly ruled out ("no concerns about", "wasn't an issue"). */
export const reassurance = anyOf(
  /(?:no|not any|never any|without any|zero|nothing but) (?:real |major |particular |big )?(?:concerns?|issues?|problems?|doubts?|worries|complaints|red flags|reservations)/,
  /(?:was|were|is|are) (?:not|never) (?:an? |the |any )?(?:issue|problem|concern|factor|worry)/,
  /nothing (?:wrong|negative)/,
  /(?:did|could) not (?:fault|have asked for more)/,
  /no complaints/,
  /not (?:an? )?(?:issue|problem) at all/,
  /(?:would|do|did) not (?:say|think|feel|believe) [\w\s]{0,40}\b(?:was|were|is|are) (?:a |an |the |any )?(?:problem|issue|concern|weakness)/,
  /(?:was|were|is|are) (?:not|never) in (?:any )?(?:doubt|question)/,
  /(?:did|do|does) not (?:doubt|question) (?:your|you)/,
  /no doubts? (?:about|over|around) (?:your|you)/,
  /(?:nobody|no one|no-one|none of (?:us|them|the panel))\b[\w\s]{0,25}\b(?:doubted|questioned) (?:your|you)/,
  /(?:did|do|does|was|were) not (?:come across as|seem|appear|strike \w+ as|look) (?:at all )?(?:unprepared|unprofessional|nervous|arrogant|rude|disinterested|uninterested|underqualified|inexperienced|out of your depth|unmotivated)/,
  /(?:could|can) not fault/,
  /(?:would|do|did) not (?:say|think|feel|believe) (?:that )?you lacked/,
  /(?:do|did) not think you were the (?:problem|issue|reason)/,
  /(?:was|were|is) not (?:the reason|why|a factor|the deciding factor)/,
  /nothing to do with (?:you|your)/,
  /not (?:anything|something|much) to do with (?:you|your)/,
  // "It is not that you lack the knowledge": a shortcoming denied.
  /not that you (?:lack|lacked|are missing|were missing|do not have|did not have)/,
  // "It wasn't your X that held you back", "it's not that your answers were wrong": a cleft rules X out.
  /^(?:and |but |so )?(?:it|this) (?:is|was) not (?:that|because|(?:your|the) [\w\s-]{1,40}? that)\b/,
  // "It's not that you're not capable": a denied shortcoming is praise.
  /not that you (?:are|were) not/,
  /(?:not|no) (?:a )?reflection on (?:you|your)/,
  /(?:do not|please do not|try not to) take (?:this|it|that) personally/,
  /nothing personal/,
  /^(?:and |but )?(?:it|this) (?:was|is) not an? [\w-]+ (?:thing|issue|question)\b/,
  // "It wasn't your communication - you were clear - but …": a cleft on its own rules its subject out.
  /^(?:and |but |so )?(?:it|this) (?:was|is) not (?:your|the) [\w\s-]{1,40}$/,
  // "Not a question of skills at all", "it wasn't down to your experience": the category is ruled out, not raised.
  /^(?:and |but |so )?(?:(?:it|this) (?:was|is) )?(?:not|never) (?:really )?(?:an? )?(?:question|matter|case) of (?:your |the )?[\w\s-]{1,30}$/,
  /^(?:and |but |so )?(?:it|this) (?:was|is) (?:not|never) (?:really )?(?:about|down to) (?:your|the) [\w\s-]{1,40}$/,
  // "The concern wasn't pay, it was that …"
  /(?:concern|issue|problem|worry|hesitation|sticking point) (?:was|is) not (?:about )?(?:the |your )?[\w\s-]{1,30}$/,
  // "Not a culture fit issue; …"
  /^(?:and |but |so )?(?:it was |this was |it is )?not an? [\w\s-]{1,25} (?:issue|problem|thing|concern|question)(?: at all)?$/,
  /you were not the (?:weakest|worst)/,
  /(?:concern|issue|problem|worry|hesitation|sticking point) (?:was|is) not (?:about )?(?:your|you)/,
  /(?:cv|resume|paper|application) (?:undersold|under-sold|does not do you justice|did not do you justice)/,
  /nothing (?:that )?you (?:said|did|could have done|could've done|did wrong)/,
  /^(?:and |but )?you (?:were|was) not (?:late|rude|unprofessional|dishonest)\b/,
  /(?:it |this |that )?(?:was|is) not about (?:your|you)\b/,
  /not (?:anything|something) you (?:said|did)/,
);

/**
 * The employer's side held back the reasons: someone other than the user (they, the client, the hiring manager,
 * or "I" relaying) did not give, share, explain or go into the feedback, the detail or the why. Read from who
 * does what rather than from set phrases, so "the client hasn't given me any detailed feedback" and "they didn't
 * go into detail about why" are refusals, while "you didn't go into detail" stays about the user's answers.
 */
export const withheldFeedback =
  /^(?:(?:and|but|so|just|also|sadly|unfortunately|honestly|apparently|i am afraid|to be honest),? )*(?:they|the (?:client|company|employer|hiring manager|manager|panel|team|recruiter|business|firm|school|hospital|practice|interviewers?|organi[sz]ation)|our client|my contact|he|she|hr|we|i)\b(?: [\w']+){0,3}? (?:not|never|nothing|no|unable)\b(?: [\w']+){0,3}? (?:give|given|gave|share|shared|provide|provided|offer|offered|disclose|disclosed|release|released|publish|published|say|said|tell|told|explain|explained|elaborate|elaborated|expand|expanded|go into|went into|gone into|pass on|passed on|send|sent|specify|specified)\b(?: (?!examples?\b|answers?\b|stories\b|instances?\b|evidence\b|metrics\b)[\w']+){0,4}? (?:feedback|details?|detailed|reasons?|reasoning|why|specifics|much|more|anything|information|comments?|explanation|scores?|results?|marks|notes|breakdown|numbers)\b(?! (?:you|your)\b)/;

/** Feedback said not to exist rather than held back: "no more detail I can share", "nothing specific to pass on". */
export const noFeedbackToGive =
  /\b(?:i|we) (?:do not|did not|have not) (?:really )?(?:have|get|got|been given) (?:any|much) (?:more |further |detailed |specific |real )?(?:feedback|detail|details|information|reasons?)\b|\b(?:decision|outcome) (?:is|was|has) not (?:yet |been )?(?:final|confirmed|made|finali[sz]ed)\b|\b(?:went|gone|has gone|have gone) (?:quiet|silent|dark) on (?:me|us)\b|\b(?:have not|has not|had not|haven't|hasn't) (?:been able|managed) to get (?:any|much|more) (?:feedback|detail|details|information|reasons?)\b|\ball (?:she|he|they|the client|the hiring manager|the panel|i) (?:would|could|will|was able to|were able to) (?:say|tell (?:me|us)|share|give (?:me|us)|pass on)\b|\b(?:did not|could not|can not|was not able to|never) (?:really )?get (?:much|anything|a lot|more|any more|any detail|any details|any feedback|much detail)(?: \w+){0,2} (?:from|out of) (?:them|him|her|the client|the team|the hiring manager|the panel|the company)\b|\b(?:no|not (?:any|much)) (?:more |further |other |real |specific )?(?:detail|details|feedback|information|specifics|reasons?|comments?)(?: (?:that|which))? (?:i|we|they) (?:can|could|am able to|are able to|have been able to) (?:share|give|pass on|provide|offer)\b|\bnothing (?:specific |more |further |much |else |concrete |useful )?(?:to|i can|we can) (?:pass on|share|report|add|feed back)\b/;

/** The comparison itself ruled out: "this wasn't about other candidates", "nothing to do with the competition". */
export const ruledOutComparison =
  /\b(?:not|nothing|never|no)(?: \w+){0,2} (?:about|because of|down to|to do with|due to|a question of|a matter of|a case of) (?:the |any |some )?(?:other (?:candidates?|applicants?|people|finalists)|someone else|somebody else|another (?:candidate|applicant|person)|competition|comparison|who else)\b/;

/** Another candidate is the subject, not the user. */
export const otherCandidate = anyOf(
  // Any word for a person will do in speech: "the other guy", "another lady", "the successful chap".
  /(?:the|an?|one|two|three) (?:other|another|successful|chosen|preferred|stronger|internal|external|winning|final|selected|appointed|hired|eventual|more experienced|more senior) (?:[\w-]+ )?(?:candidates?|applicants?|persons?|people|finalists?|individuals?|hires?|guys?|gals?|man|men|woman|women|lady|ladies|chaps?|blokes?|girls?|fellows?)/,
  // Not their possessions: "you shot down other people's suggestions" is about the user.
  /other (?:candidates?|applicants?|people|finalists|individuals|guys?|gals?|man|woman|lady|chap|bloke)(?!'s|')/,
  /(?:the|all the|all of the) (?:shortlisted|short-listed|remaining|interviewed) (?:candidates|applicants|people)/,
  /another (?:candidate|applicant|person|finalist|individual|guy|gal|man|woman|lady|chap|bloke)/,
  // A person chosen: "the lady who got it", "the woman we appointed", "we went for a guy who …".
  /(?:the|a) (?:guy|gal|lady|woman|man|chap|bloke|girl|fellow|gentleman) (?:(?:who|that|whom|we|they|the \w+) )?(?:got (?:it|the (?:job|role|post|position|nod))|was (?:hired|appointed|chosen|picked|selected)|hired|appointed|picked|chose|selected|went with|went for|offered|took on|have (?:hired|appointed|chosen|taken on))\b/,
  /(?:went for|went with|gone with|gone for|chose|picked|hired|appointed|offered (?:it|the (?:job|role|post|position)) to|took on) (?:a|an|the|this) (?:\w+ )?(?:guy|gal|lady|woman|man|chap|bloke|girl|fellow|gentleman)/,
  // Not someone blamed in the user's own story: "an example where someone else was at fault".
  /(?:someone|somebody) else(?! (?:was|had been|is|were) (?:really |actually |partly |mostly )?(?:at fault|to blame|responsible for (?:the|a|an) (?:mistake|error|problem|failure|issue))|'s fault)/,
  /the person (?:we|they|who)/,
  /(?:the )?others (?:were|was|had)/,
  /(?:we|they)(?: have| had|'ve)? (?:went|gone|go|going|chose|chosen|selected|picked|hired|appointed|offered)\b[\w\s]{0,25}\b(?:someone|somebody|a candidate|an applicant|another(?! (?:way|direction|route|path|approach))|a person|one)/,
  /(?:went|gone|go|going|proceed(?:ed|ing)?|moving forward|move forward|moved forward|progress(?:ed|ing)?|decided to go) with (?:someone|somebody|another|other|a candidate|an applicant|a different|an? internal|the other|candidates|applicants)/,
  /(?:offer|offered|given|gave) (?:the |this )?(?:role|position|job|post|it|offer) to/,
  /(?:hired|chose|selected|appointed|picked|pursue|pursuing|preferred|favou?red|went for) (?:someone|somebody|another|a candidate|an internal|other|candidates|a more|an? \w+ candidate)/,
  /the (?:successful|other) one/,
  /it went to/,
  /(?:position|role|job|vacancy|post) (?:has|have|had) (?:now |since |already )?been filled(?! internally)/,
  /(?:they|we) (?:have|had|'ve) (?:a|another) (?:candidate|applicant|person) (?:in|at|who)\b/,
  /up against (?:some |a |an |very |really |other |more |stronger |a few |several )*(?:[\w-]+ )?(?:people|candidates|applicants|field|competition|shortlist|finalists)/,
  /(?:based on|came down to|went with|chose|picked) who (?:was|could|had)\b/,
  /(?:one|a|another) more (?:candidate|applicant|person) (?:with|who)/,
  // "A candidate with more Lloyd's market experience was the better match".
  /(?:a|an|the|one) (?:candidate|applicant|person) with (?:more|greater|stronger|deeper|broader|longer|wider|better|extra|direct)\b(?=.*\b(?:was|were|is) (?:simply |just |ultimately |always )?(?:the|a) (?:better|stronger|closer|best|stronger) (?:match|fit|choice|option)\b)/,
  /offered (?:them|him|her) the (?:role|job|position|post)/,
  /compared (?:with|to) (?:the )?(?:others|other (?:candidates|applicants|people|finalists)|rest of the (?:field|shortlist))/,
  /(?:prioriti[sz]e|prioriti[sz]ed|favou?r|favou?red) (?:candidates|applicants|people|those|someone)/,
  /(?:went|gone|go|going|decided to go|chose|picked|hired|appointed|offered (?:it|the role|the job|the position) to) (?:with )?(?:him|her)\b/,
  /(?:had|have|found|met|interviewed) (?:a|another) (?:candidate|applicant|person) (?:with|who)/,
  /(?:move|moving|moved) on with (?:someone|somebody|another|a candidate|an applicant|other)/,
  /(?:went|gone|go|going|chose|selected|hired|appointed|offered it to) (?:with )?the (?:candidate|applicant|person) (?:who|with|that)/,
);

/** A trait of attitude read in the user ("a bit arrogant", "defensive when challenged"): fit, and specific. */
export const traitOfAttitude = anyOf(
  /over-?confiden\w*/,
  /(?:a (?:little|bit|touch) |slightly |far |much |way )?too (?:confident|self-assured|sure of (?:yourself|himself|herself))/,
  /overly (?:confident|self-assured|sure of (?:yourself|himself|herself))/,
  // The praise taken back in the same breath: "very confident, perhaps overly so", "self-assured, almost too much so".
  /(?:confident|self-assured|assertive|sure of (?:yourself|himself|herself)),? (?:perhaps |maybe |possibly |if anything |almost |arguably )?(?:a (?:little|bit|touch) )?(?:overly|too|too much) so/,
  /cocky/,
  /defensive\w*/,
  /argumentative/,
  /combative/,
  /argued/,
  /prickly/,
  /abrasive/,
  /arrogan\w*/,
  /entitled/,
  /superior/,
  /smug/,
  /know-it-all/,
  /know-all/,
  /know it all/,
  /show-?off/,
  /big-?headed/,
  /self-important/,
  /conceited/,
  /haughty/,
  /full of yourself/,
  /(?:rather |quite |very |a bit |a little |too )?pleased with (?:yourself|himself|herself)/,
  /(?:an?|big|large|strong|your|the) ego/,
  // "Good attitude" praises; the bare noun is a concern ("the attitude in the group task"). Attitude towards a
  // person is conduct (rudeness), read by the conduct cues.
  /(?<!(?:good|great|positive|excellent|brilliant|can-do|lovely|fantastic|strong|right|friendly|fab|nice) )attitude(?! (?:towards?|to|with) (?:the |our |their |a |an )?(?:receptionist|front desk|staff|security|recruiter|coordinator|admin|assistant|junior|waiter|driver|interviewer|panel))/,
);

/** A tool or method named as the title of a credential ("the PRINCE2 Practitioner certificate"): the credential. */
export const credentialTitle =
  /^(?:[\w+#./-]+ ){0,3}(?:certificat\w*|certified|qualification|accreditation|exams?\b|practitioner\b|foundation\b|level \d|diploma\b|award\b)/;

/** Work style / values evidence: makes a `fit` judgement specific rather than vague. */
export const fitEvidence = anyOf(
  traitOfAttitude,
  /(?:find|found) (?:our|the|a|an|this) [\w\s-]{0,30}\b(?:frustrating|restrictive|stifling|limiting|constraining)/,
  /speciali[sz]e/,
  /a bit of everything/,
  /all-?rounder/,
  /jack of all trades/,
  /too (?:corporate|formal|informal|casual|structured|process-driven|laid-back|relaxed|academic|big-company|hierarchical|traditional|cautious|risk-averse) (?:\w+ ){0,3}for (?:a|an|the|our|us|this|that|what)/,
  /you (?:came across as|seemed like|seemed to be) (?:someone|somebody|a person) who/,
  /(?:more|less) (?:directive|hands-off|formal|informal|hierarchical|autonomous|process-driven|consultative|corporate|scrappy|independent)/,
  // A described working environment is as concrete as what the user said about themselves.
  /(?:the|our|their) (?:team|culture|environment|office|company|start-?up) (?:is|are|was|were) (?:very |quite |really |pretty |fairly |a bit |extremely |much )?(?:loud|quiet|sociable|social|collaborative|fast-paced|small|flat|hierarchical|corporate|scrappy|informal|formal|remote|independent|close-knit|tight-knit|busy|intense|relaxed|structured|unstructured|chaotic|lean)/,
  /you (?:said|told us|told them|mentioned|described|talked|spoke|explained|stated|want|wanted|prefer|preferred|thrive)/,
  /(?:you|he|she) (?:seemed|appeared) to (?:want|prefer|expect)/,
  // How the team works, said of the team: "the team works very autonomously", "we work in a very hands-on way".
  /(?:team|we|they|people|everyone|company) (?:all )?works? (?:very |quite |really |largely |mostly |fairly )?(?:autonomously|independently|remotely|collaboratively|closely together|in silos|in (?:a |an )?(?:[\w-]+ ){0,2}(?:way|fashion|environment))/,
  /(?:this|it|we) (?:is|are) (?:a |an )(?:(?:very |quite |really |fairly )?(?:fast-paced|small|flat|hierarchical|corporate|scrappy|informal|formal|remote-first|lean|close-knit|tight-knit|busy|intense|relaxed|structured|unstructured|chaotic|early-stage|family-run|traditional)(?:,| and)? ){1,3}/,
  /what you said/,
  /(?:you|he|she) (?:clearly |obviously |evidently )?(?:want|wants|wanted) to (?:move|get|go|step|transition|switch|progress|branch)/,
  /(?:quite|very|too|rather|fairly|a bit|more|less) (?:directive|hands-off|hands-on|formal|informal|hierarchical|autonomous|process-driven|consultative|corporate|rigid|inflexible)/,
  /(?:team|we|they|people) (?:is|are|were|was) used to/,
  /(?:role|job|work|post|position|which) (?:is|was|would be) (?:very |quite |mostly |largely |fairly )?(?:repetitive|routine|varied|solitary|process-driven|structured|unstructured|heads-down|customer-facing|client-facing)/,
  /(?:negative|unenthusiastic|lukewarm|reluctant|hesitant|uneasy|wary|sceptical|skeptical) (?:about|towards|of) (?:working|collaborating|pairing)/,
  /team player/,
  /(?<!before )work(?:ing)? (?:alone|independently|on your own|in isolation)/,
  /prefer(?:red|ring|s)? to work/,
  /prefer(?:red|ring|s)? to (?:get|receive|have|be managed|be left|do (?:things|your own))\b/,
  /(?:comfortable|at ease) (?:with|about) (?:the idea of |the prospect of )?(?:working|being|doing|having|sharing|covering)\b/,
  /you (?:said|told us|mentioned) (?:that )?you find (?:[\w-]+ ){1,3}(?:stressful|draining|overwhelming|exhausting|uncomfortable|boring|frustrating)/,
  /specialist/,
  /generalist/,
  /not liking/,
  /dislike/,
  /you(?: are|'re|'d be| would be| were) (?:more of|very much|really|clearly) an? /,
);

const cueList: Cue[] = [
  // skills: knowledge, depth, tests and exercises that fell short.
  cue(
    'skills',
    'issue',
    anyOf(
      // A distinction in the subject not grasped: "not convinced you understood the difference between a risk and an issue".
      /(?:understand|understood|know|knew|grasp\w*|clear on|aware of) the (?:difference|distinction)s? (?:between|of)/,
      /(?:struggled|struggling|failed) to (?:explain|describe|articulate) (?:the difference|how (?:a|an|the) \w+ works?|what (?:a|an) \w+ is)/,
      /(?:could not|can not|unable to|did not know how to|not sure how to|struggled to) (?:say|explain|describe|tell us|work out|show) how (?:you would|you'd|to|you might)\b/,
      /(?:bottom|lowest) (?:quartile|decile|percentile|third|half)/,
      // What a thing of the trade is, not known: "couldn't tell us what a load-bearing wall was", "weren't sure what
      // working capital meant" (what the result was or what the company does is answers or research).
      /(?:could not|can not|unable to|not able to|did not|struggled to|not sure|unsure|did not know|not clear on) (?:\w+ )?(?:tell us |say |explain |describe |define )?what (?!(?:the )?(?:outcome|result|impact|difference|point|role|job|company|business|team|firm|panel|question|brief|task|interviewers?)s?\b)(?!(?:you|your|we|our|they|their|it|this|that|he|she|i)\b)(?:an? |the )?[\w-]+(?: [\w-]+){0,3} (?:is|was|were|are|means?|meant|does|did|stands? for|involves?|involved)/,
      // Doubt that the user understands how something works: "we weren't convinced you understand how the
      // commissioning cycle works" (the question, the brief or the company itself are other cues').
      /(?:(?:not (?:\w+ )?(?:convinced|sure|confident|certain)|doubt\w*|unsure|unconvinced) (?:that |whether |if )?you|you (?:did not|do not|does not) (?:seem to |appear to )?) ?(?:really |fully |quite |properly )?(?:understand|understood|know|knew|grasp|grasped) (?:how|why|what|when|the(?! (?:question|brief|task|role|job|company|business|team|point|panel|interviewer)s?\b))\b(?! (?:we|our|the (?:question|brief|task|role|job|company|business|team)|what (?:we|the (?:role|job))|why you)\b)/,
      // A subject of the trade not known: "you didn't seem to know much about animal feed".
      /(?:did not|had not|never) (?:seem to |really |quite |fully |actually )?know (?:much|anything|a lot|enough|a great deal) about (?!(?:\w+ ){0,2}(?:us|our|we|their|them|they|the (?:app|website|site|platform|brand|company|business))\b)(?!(?:us|our|the (?:company|business|firm|organi[sz]ation|charity|school|trust|role|job|team|practice|brand|group|products?|services?|customers|clients|vacancy|position|post)|what we|who we|how we|where we|yourself|your)\b)\w+/,
      // A development of the field not known: "you didn't seem aware of the recent Supreme Court ruling" (not the
      // employer's own news or guidance, which is research).
      /(?:not|never|un)(?: (?:seem|appear)(?: to be)?| really| fully| quite)? ?aware of (?:the |a |an |any )?(?:recent |latest |new |current |updated |revised |key |main |important |major )*(?!(?:our|your|their|us)\b)(?:[\w'-]+ ){0,3}(?:ruling|judgment|judgement|case law|legislation|law|act|regulations?|guidance|standards?|research|literature|guidelines|directive|reforms?|changes (?:to|in) (?:the )?(?!(?:role|job|team|company|business)\b)\w+)\b/,
      // A term of the field not explained: "you struggled to explain an LBO".
      /(?:could not|unable to|not able to|struggled to|failed to) (?:explain|define) (?:an?|the concept of|what an?) [\w-]+(?: [\w-]+)?$/,
      // A task of the job not done right in an exercise: "weren't able to prioritise the patients correctly".
      /(?:could not|unable to|not able to|struggled to|failed to|did not) (?!(?:answer|respond|describe|explain|say|tell)\b)(?:\w+ ){1,4}(?:correctly|accurately|safely)\b/,
      // Key terms of the field not explained: "couldn't explain the key terms of the share purchase agreement".
      /(?:could not|unable to|not able to|struggled to|failed to) (?:explain|define|describe) (?:the |some of the |any of the )?(?:key |basic |main |core |standard )?(?:terms|concepts|principles|rules|mechanics|meaning|basics|fundamentals|components|stages) (?:of|in|behind)\b/,
      // Work of the hands judged: "your knife work was slow", "your brush work was patchy".
      /your (?:[\w-]+ )?work (?:was|were|looked|seemed) (?:a bit |quite |rather |too |very |really )?(?:slow|sloppy|rough|messy|untidy|poor|weak|inaccurate|careless|unsafe|patchy|inconsistent|clumsy)/,
      // Unsure of the basics: "you seemed unsure about the basics of double-entry bookkeeping".
      /(?:unsure|uncertain|shaky|hazy|rusty|not (?:sure|clear|confident|solid)) (?:about|on|of|with|in) (?:the |some of the |even the )?(?:basics|fundamentals|principles|rules|mechanics|concepts?|theory|workings) (?:of|behind)\b/,
      // A system of the job not known: "didn't know the property management system we use".
      /(?:did not|do not|does not|not) (?:\w+ )?know (?:the|our|their|any|a|how to use (?:the|our|a)) (?:[\w-]+ ){0,3}(?:system|software|platform|tool|equipment|machine|till|package|application|ehr|crm|erp)s?\b/,
      // A lesson or demonstration pitched wrong: "the teaching demonstration was pitched too high".
      /pitched (?:\w+ )?(?:too (?:high|low|advanced|basic|simple)|at the wrong level|over (?:their|the students'|the pupils') heads)/,
      // An ability not there: "you didn't seem to know how to read the drawings", "weren't sure how to use a torque
      // wrench" (how to answer, start or sell oneself is about answering or preparing, read by other cues).
      /(?:(?:you|he|she|candidate) (?:\w+ )?|^(?:and |but |so |yet |though )?)(?:did not|do not|does not|never|were not|was not|are not|is not|not) (?:seem to |appear to |really |quite |yet |fully )?(?:know|sure|clear) (?:on )?how to (?!(?:answer|respond|reply|explain (?:why|what you|your)|sell|present yourself|introduce|talk about (?:yourself|your)|structure|prepare|start|begin|close|end|get (?:to|into)|approach (?:the|this|that|our) (?:question|interview|conversation)|ask|follow up|get back)\b)\w+/,
      // A task the panel set that could not be done: "you couldn't price the bill of quantities we gave you".
      /(?:could not|unable to|not able to|struggled to|failed to|did not manage to) (?!(?:answer|attend|make|come|join|hear|see|find|reach|tell|say|explain why)\b)\w+ (?:the|a|an|any of the|either of the) (?:[\w-]+ ){0,3}(?:we|they|the panel|the interviewers?|the assessors?|i) (?:had )?(?:gave|give|given|showed|shown|set|handed|put in front of|provided|sent)(?: you)?\b/,
      // Knowing the theory without applying it: "weak on practical application", "only theory".
      /(?:weak\w*|thin|light|limited|shaky|lacking|no|little) (?:on |in )?(?:the )?(?:practical|real-world|hands-on) (?:application|use|side|experience|skills?)/,
      // Depth doubted: "not convinced you had the depth in pharmacovigilance".
      /(?:not (?:\w+ )?(?:convinced|sure|confident|certain)|doubt\w*|questioned|unsure) (?:that |whether |if )?you (?:had|have|would have|yet have) (?:the |enough |sufficient |real |much |quite the )?(?:technical )?(?:depth|knowledge|grasp|expertise|understanding) (?:in|on|of|around|across|with)\b/,
      /(?:scores?|results?|marks?) (?:was |were |fell |came in )?(?:below|under|short of|beneath) (?:the |our )?(?:threshold|pass|cut-?off|benchmark|bar|required|minimum)/,
      /(?:did not|failed to) (?:pass|meet|reach|clear) (?:the |our )?(?:threshold|pass mark|cut-?off|benchmark|bar|minimum)/,
    ),
  ),
  cue(
    'skills',
    'topic',
    /\b(?:knowledge|understanding|grasp|command|fundamentals?|foundations|foundation (?=in|of)|expertise|proficien\w*|competenc(?!y[- ](?:questions?|based|interview))\w*|familiar\w*)\b(?! (?:of|about|on|around) (?:our|the company|the business|the role|the job|the team|what we|how we|us|the industry we|the sector we|the (?:customers|clients|users|audience|members|community|people) (?:we|you would|you'd|they)))/,
  ),
  cue(
    'skills',
    'topic',
    anyOf(
      /(?<!non-)technical(?:ly)?/,
      /basics of/,
      /(?:teaching|sample|trial|observed|model|micro-?teach\w*) (?:demonstration|lesson|session|shift|teach)/,
      /lesson plan/,
      /lesson observation/,
      /graded (?:as )?['"]?(?:requires improvement|inadequate|unsatisfactory|below standard|a fail)/,
      /tech skills/,
      /hard skills/,
      /coding/,
      /code/,
      /programming/,
      /algorithm\w*/,
      /data structures?/,
      /complexity/,
      /big[- ]o/,
      /system design/,
      /architecture/,
      /solution/,
      /take[- ]home/,
      /assignment/,
      /exercise/,
      /tests?/,
      /testing/,
      /assessment/,
      /(?:coding|technical|take-home|design|data|sql) challenge/,
      /case study/,
      /financials/,
      /recommendations/,
      /case interview/,
      /whiteboard/,
      /live coding/,
      /pairing/,
      /pair programming/,
      /problem[- ]solving/,
      /estimation/,
      /math/,
      /maths/,
      /mathematics/,
      /numerical/,
      /numeracy/,
      /calculations?/,
      /statistics/,
      /analysis/,
      /analytical/,
      /modell?ing/,
      /formulas?/,
      /spreadsheets?/,
      /writing/,
      // The person named by what they do: "not a strong enough writer", "a better coder".
      /(?:writer|coder|programmer|copywriter|editor|analyst|modeller|modeler)s?/,
      /grammar/,
      /(?<!\b(?:you|you'd|had|have|has|what you|you had|you have|we|they|i|it|was|were|is|are|been|be|he|she) )written/,
      /typos/,
      /grammatical/,
      /spelling/,
      /skills?/,
      /skillset/,
      /edge cases/,
      /error handling/,
      // Not signing in: "late logging on".
      /logging(?! (?:on|in|into|off)\b)/,
      /production[- ]ready/,
      /production[- ]quality/,
      /debug\w*/,
      /queries/,
      /query/,
      /index\w*/,
      /schema/,
      /scaling/,
      /scalability/,
      /performance/,
      /security(?! clearance)/,
      /reasoning test/,
      /psychometric/,
      /aptitude/,
      /practical/,
      /hands[- ]on/,
      /technical round/,
      /portfolio/,
      /commercial awareness/,
      /accounting/,
      /procedures/,
      /principles/,
      /concepts/,
      /theory/,
      /frameworks?/,
      /tooling/,
      /stack/,
      /pitch/,
      /role[- ]play/,
      /call to action/,
      /sales technique/,
      /closing technique/,
      /objection handling/,
      /negotiation/,
      /strategic/,
      /strategy/,
      /tactical/,
      /commercial thinking/,
      /business acumen/,
      /product thinking/,
      /critical thinking/,
    ),
  ),
  // The work a trade is judged by: "your plastering sample", "the workmanship", "the finish on the joints". Cues of
  // their own, each opening on a literal, so the long topic list above stays as fast as it was.
  cue(
    'skills',
    'topic',
    /\b(?:your|the) (?:[\w-]+ )?(?:samples?|workmanship|craftsmanship|handiwork|finish|finishing|test piece)\b/,
  ),
  // A craft named by its activity, judged: "your drafting was haphazard", "your pipetting was shaky". Activities other
  // cues read (listening, timekeeping, research…) or that name a field (teaching, nursing) are left to them.
  cue(
    'skills',
    'topic',
    /\byour (?:[\w-]+ )?(?!(?:listen|timekeep|question|pac|think|word|tim|feel|be|meet|hear|interview|morn|even|someth|noth|anyth|everyth|bring|ring|str|spr|sett|open|clos|introduc|answer|speak|present|communicat|behav|dress|greet|ask|talk|prepar|research|brief|fund|train|onboard|understand|apply|hir|read|follow|go|do|work|manag|lead|storytell|sell|pric|purchas|consult|teach|nurs|engineer|market|account|bank|record|upbring|rat|stand|dur|wait|want|hop|mean)ing\b)[a-z]{2,}ing (?:was|were|is|are|seemed|looked|felt|came across)/,
  ),
  // The same craft judged short by itself: "your plating under time pressure let you down", "your piping was messy".
  cue(
    'skills',
    'issue',
    /\byour (?:[\w-]+ )?(?!(?:listen|timekeep|question|pac|think|word|tim|feel|be|meet|hear|interview|morn|even|someth|noth|anyth|everyth|bring|ring|str|spr|sett|open|clos|introduc|answer|speak|present|communicat|behav|dress|greet|ask|talk|prepar|research|brief|fund|train|onboard|understand|apply|hir|read|follow|go|do|work|manag|lead|storytell|sell|pric|purchas|consult|teach|nurs|engineer|market|account|bank|record|upbring|rat|stand|dur|wait|want|hop|mean)ing\b)[a-z]{2,}ing (?:(?:was|were|looked|seemed) (?:a bit |quite |rather |too |very |really )?(?:slow|sloppy|rough|messy|untidy|poor|weak|inaccurate|careless|unsafe|patchy|inconsistent|clumsy)|(?:[\w-]+ ){0,4}let you down)/,
  ),
  cue(
    'skills',
    'issue',
    /\b(?:below the (?:bar|threshold|standard|level(?! (?:we (?:are |were )?(?:hir|recruit|appoint)\w*|of (?:the|this) (?:role|post|position|job)|(?:the|this) (?:role|post|position|job))))|did not (?:meet|pass|reach) (?:the|our) (?:bar|threshold|benchmark|standard|pass mark)|(?:did not|could not|unable to|not able to|struggled to) (?:solve|finish|complete|spot|optimi[sz]e|implement|debug|code|write (?:the |a |working )?code)|needed (?:a lot of|lots of|several|many) (?:hints|prompting|prompts|help)|(?:did not|could not|were not able to|was not able to|unable to|struggled to) (?:explain|describe|articulate|talk through|walk (?:us )?through) (?:the (?:trade-?offs?|pros and cons|differences?) (?:between|of)|the difference|how (?:a|an|the) \w+ works?|what (?:a|an) \w+ is)|the only (?:real )?gap was|(?:could not|unable to|struggled to|were not able to|was not able to) (?:explain|walk (?:us |me |them |the panel )?through|talk (?:us |me |them |the panel )?through) how (?:you would|you'd|to|it|the|a|an|they) (?!measure|approach the role|manage people)|(?:numbers|figures|maths|math|sums|calculations) (?:did not|do not|does not|never) add up|(?:projections?|forecasts?|financial model|model|numbers|figures|calculations|workings|costings?|valuation|budget) (?:did not|do not|does not|never) (?:really |quite )?hold (?:together|up)|got stuck|(?:did not|could not|never) (?:(?:finish|complete)(?! (?:either|any of them|it|them|your (?:answers?|examples?|story|stories|points?|sentences?|thoughts?)|the (?:answers?|examples?|story|point|sentence|thought))\b)|compile|run(?! (?:a|an|any|your|their|his|her|our)\b))|did not compile|off-by-one|failing tests|(?:not|was not|were not|wasn't) up to (?:the )?(?:standard|scratch|par|the mark)|(?:technical|coding|design|case|analytical|written|practical|numerical|verbal|logic|logical|reasoning|situational judge?ment) (?:question|problem|task|test|round|exercise|assessment|interview)s? (?:(?:was|were) (?:poor|weak|below|not|disappointing|incomplete)|did not|went (?:badly|poorly|wrong))|(?:more|deeper|greater|enough|lacked|lack of|limited|not enough|insufficient|little|no real) (?:technical )?depth (?:in|on|of|around|across) (?!(?:any|it|them|this|that|your|the (?:answers?|examples?|questions?))\b)\w)/,
  ),

  // A system or tool of the job that got the better of the user: "you struggled with the till system".
  cue(
    'skills',
    'issue',
    /\b(?:struggled|struggling|had trouble|had difficulty|got stuck) (?:with|on|using) (?:the |our |their )?(?:[\w-]+ ){0,2}(?:system|software|tool|tools|platform|equipment|machine|till|spreadsheet|formulas?)\b/,
  ),

  // Basic questions of the trade left unanswered: "you weren't able to answer basic questions about food hygiene".
  cue(
    'skills',
    'issue',
    /\b(?:could not|unable to|not able to|did not|struggled to|failed to) (?:answer|get) (?:the |some |several |a few |even |quite )?(?:basic|simple|fundamental|technical|straightforward|entry-level) (?:[\w-]+ )?questions\b/,
  ),

  // Much training needed before the work, or estimates far off: "you'd need a lot of training on our EHR system".
  cue(
    'skills',
    'issue',
    /\bneed (?:a lot of|lots of|significant|extensive|too much|a fair bit of|considerable|a great deal of) (?:training|upskilling|hand-holding|support) (?:on|in|with)\b|\bneed (?:too much|far too much|a lot of|lots of|significant|extensive) (?:training|upskilling|hand-holding)$|\bout by (?:an order of magnitude|a factor|orders of magnitude|miles)|\b(?:did not|never) sense-?check/,
  ),

  // Two things mixed up ("you mixed up gross margin and contribution margin"): a slip in what was known. Their names,
  // brands or dates mixed up are research or record, read by other cues.
  cue(
    'skills',
    'issue',
    /\b(?:mixed|muddled|confused|got) (?:\w+ )?up (?!(?:the |our |their |your |two of (?:our|their) )?(?:names?|dates?|brands?|products?|company|companies|clients?|interviewers?|times?|days?|rooms?|addresses)\b)\w|\b(?:confused|mixed up|muddled up|conflated) \w+(?: \w+)? (?:and|with) \w/,
  ),

  // Shifts counted as done, too few of them: "you hadn't yet done enough shifts in critical care".
  cue(
    'experience',
    'issue',
    /\b(?:not (?:yet )?(?:done|worked|completed|covered|had)|(?:done|worked|completed|covered|had) (?:only|too few|not enough|very few|few|a few|a handful of)) (?:enough |many |much |sufficient |any )?(?:[\w-]+ )?shifts\b/,
  ),

  // Work at a smaller scale than the job's: "the examples were all quite small-scale for a role that manages a region".
  cue(
    'experience',
    'issue',
    /\b(?:small(?:er)?[- ]scale (?:for|compared|next to|relative to)|(?:too|quite|rather|all|fairly|relatively|a bit|a little) small(?:er)?[- ]scale)\b/,
  ),
  // The work of the role, just described, not done before: "this role leads major donor fundraising … and you haven't done that".
  cue(
    'experience',
    'issue',
    /\b(?:you|and you) (?:have not|had not|have never|had never|never|have not yet|had not yet) (?:yet )?(?:done|led|run|managed|worked (?:on|in|at)) (?:that|this|it|those|these)(?: (?:before|yet|kind of \w+|type of \w+|level|scale))?(?! (?:question|task|exercise|test|part|bit|section|well|properly|correctly|right)\b)/,
  ),
  // Answerable for the whole of something not yet: "you haven't yet been accountable for a project's budget".
  cue(
    'experience',
    'issue',
    /\b(?:have not|had not|has not|never|not) (?:yet |ever |previously )?(?:been|held) (?:fully |directly |personally |solely )?(?:accountable|responsible) for\b/,
  ),
  // A piece of work handed in that missed the brief: "the CAD model you submitted had dimensions that didn't match the brief".
  cue(
    'skills',
    'issue',
    /\b(?:you|that you) (?:submitted|sent (?:us|in)|produced|handed in|delivered|drew|built|prepared)\b[\w\s,'-]{0,60}?\b(?:(?:did not|does not|failed to) (?:match|meet|fit|follow) (?:the|our) (?:brief|spec\w*|requirements|drawings?|dimensions|tolerances)|(?:had|contained|included) (?:several |a few |some |many |a number of |basic |serious |obvious )?(?:errors|mistakes|bugs|flaws|inaccuracies))/,
  ),

  // Work done where the job is not: "examples all from academic projects rather than commercial settings".
  cue(
    'experience',
    'issue',
    /\b(?:all|mostly|mainly|only|largely) (?:from|in) (?:academic|university|school|student|personal|hobby|side|volunteer|voluntary|unpaid|college) (?:projects?|work|settings?|roles?|contexts?)|\brather than (?:in )?(?:a |an )?(?:commercial|industry|professional|real-world|production|client) (?:settings?|environments?|contexts?|roles?|work)/,
  ),

  // A role at another level named as the better match ("better suited to a project manager role than a programme
  // director role"): the level reached, not the work style.
  cue(
    'experience',
    'issue',
    /\b(?:better|more|best) suited (?:to|for) (?:a |an )?(?:[\w-]+ ){0,3}(?:role|position|post|job) (?:than|rather than|instead of) (?:a |an )?(?:[\w-]+ ){0,3}(?:director|head|manager|lead|senior|principal|chief|vp|partner|executive|coordinator|assistant|officer)/,
  ),

  // experience: level, years, seniority, industry and domain.
  cue(
    'experience',
    'issue',
    anyOf(
      /once you(?:'ve| have) (?:had|got|gained|built) (?:a bit )?(?:more |some )?(?:exposure|experience)/,
      // Known in theory, not yet put into practice: "you haven't applied it on a production line".
      /(?:not|never) (?:yet |actually )?(?:applied|put|used) (?:it|this|that|them|these|those|the theory|your knowledge) (?:on|in|into|to) (?:a |an |the )?(?:real|live|production|practice|workplace|job|role|team|line|setting|shop floor|ward|site|project)/,
      // Something never done before: "you haven't taught key stage 2 before", "had never run a site previously".
      /you (?:have|had) (?:not|never) (?:yet |actually |really )?(?:taught|worked|managed|led|run|sold|done|held|supervised|covered|delivered|built|lived|operated|looked after)\b[\w\s,-]{0,40}\b(?:before|previously|until now)/,
      // A grade below the post's: "the post needs a band 7 and you're currently band 5".
      /(?:currently|only|still|presently) (?:a |on |at )?(?:band|grade|level|pay grade) \d/,
      // A rung below the post: "a step below the level we hired for", "below the grade of this role".
      /(?:a|one|an?) (?:\w+ )?(?:step|grade|rung|notch|band|level|stage) (?:below|under|beneath|short of) (?:the |our |this )?(?:level|grade|band|seniority)\b(?! (?:of |in )?(?:your|the|those|these|their|his|her)? ?(?:answers?|examples?|work|code|knowledge|understanding|skills?|detail|depth|rigou?r|quality|polish|responses?)\b)|below the (?:grade|band|seniority)|below the level (?:we (?:are |were )?(?:hir|recruit|appoint)\w*|of (?:the|this) (?:role|post|position|job)|(?:the|this) (?:role|post|position|job))/,
      /(?:needs?|requires?|is|at) (?:a |an )?(?:band|grade) \d+ (?:and|but|whereas|while) you/,
      // A named qualification bar not met: "you do not meet the minimum 2:1 degree requirement".
      /(?:do|did|does) not (?:meet|satisfy|have|hold) (?:the|our) (?:minimum |essential |required )?(?:[\w:.+-]+ ){0,3}(?:degree|qualification|grade|certificat\w*|licen[cs]e|registration|membership)s? (?:requirements?|criteria|level)/,
      // A degree class below the bar: "graduates with a 2:1 or above, and yours is a 2:2".
      /(?:2:1|2:2|2\.1|2\.2|upper second|lower second|third[- ]class|first[- ]class (?:degree|honours)|(?:minimum |required )?gpa)(?! (?:candidate|applicant|person|student))/,
      /(?:all|mostly|only|mainly) (?:from|at|in) (?:a |an )?(?:very )?(?:small|tiny|single|one) (?:company|companies|business|firm|start-?up|team|organi[sz]ation)/,
      /(?:operate|work|run|are) at (?:a )?(?:much |far )?(?:larger|bigger|greater|different) scale/,
      /(?:hire|go with|bring in|looking for|want|wants|need|needs|prefer|appoint) (?:a |someone |somebody )?(?:more junior|less senior|less experienced|more senior|more experienced)\b/,
      // "you'd never worked in insurance": no time spent in a sector or kind of company.
      /(?:never|not|not yet) (?:previously |actually |really )?(?:worked|been|spent time) (?:in|within|inside) (?:a |an |the )?(?:[\w-]+ )?(?:sector|industry|insurance|healthcare|fintech|finance|banking|retail|pharma|biotech|gaming|government|charity|start-?up|scale-?up|agency|consultancy|corporate|enterprise|public sector|private sector|regulated|b2b|b2c|saas|manufacturing|media|education)/,
      /too (?:junior|senior|inexperienced|experienced|green)/,
      /over[- ]?qualified/,
      /under[- ]?qualified/,
      /(?:more|less) (?:senior|junior|experienced) than/,
      /would (?:get |be )bored/,
      /make the most of your (?:experience|skills|background)/,
      /operating at (?:a )?(?:director|vp|head|senior|principal|executive) level/,
      /(?:not|no) (?:enough )?(?:relevant )?experience (?:in|of|at)/,
      /more of an individual contributor/,
      /(?:would|'d|might) find it (?:limiting|boring|unchallenging|a step down)/,
      /(?:would|'d|might|will) find (?:a|an|the|this|that|our) (?:[\w-]+ ){0,4}(?:role|job|position|post)s? (?:limiting|constraining|unchallenging|a step (?:down|back))/,
      /step(?:ping)? (?:down|back) (?:from|into)/,
      /coming from a (?:head|director|lead|senior|manager|vp)\w*/,
      /more time in a/,
      // The stage of the career: "at this point in your career you'd benefit from more support".
      // (Said with what the stage calls for; "not right for you at this point in your career" alone is a polite fit.)
      /(?:at|given) (?:this|that|your current|your) (?:point|stage) (?:in|of) your career\b.{0,60}\b(?:benefit from|more (?:support|structure|mentoring|guidance|supervision|experience)|ready|too soon|step up)/,
      /inexperience/,
      /career (?:change|changer|switch)/,
      /new to the (?:industry|sector|field)/,
      /(?:never|not|have not|had not) worked in (?:a|an|the)/,
      /first role in/,
      /(?:industry|sector|domain|market) knowledge/,
      /(?:not|never|had not|have not|has not) (?:\w+ ){0,2}(?:done|led|run|managed|owned|delivered) (?:this|that|it|one|something like (?:this|that))? ?before/,
      /not something you(?:'d| had| have)? (?:done|led|run)/,
      /(?:would not|will not|not) (?:really )?challenge you/,
      /not (?:be )?(?:stretched|challenged)/,
      /(?:suited|suit|fit) (?:to|for) a (?:more )?(?:junior|senior|mid-level|entry-level|lead|management) (?:role|position|level|job)/,
      /(?:gap|jump|step|leap) (?:between|from) your (?:current|last|previous) (?:role|job|position)/,
      /(?:big|too big|large|huge) (?:step|jump|leap)/,
      /step up/,
      /stability/,
      /(?:\w+ )?jobs in (?:\w+ )?years/,
      /job[- ]hopp\w*/,
      /short stints/,
      /(?:needs|need|needed) more (?:leadership|management|senior|industry|sector|relevant) experience/,
      /(?:have|has|had) only (?:ever )?worked (?:at|in|for)/,
      // Time in one kind of place only: "you've only taught in independent schools", "had only nursed on day wards".
      /(?:have|has|had|you'd) only (?:ever |really )?(?:taught|nursed|practi[sc]ed|sold|cooked|served|managed|led|operated|worked|been|supported|coached|cared) (?:in|at|for|within|on) (?!(?:the|this|that|our) (?:task|exercise|test|case|question|role-?play|presentation)\b)/,
      // A team or a size run before that is smaller: "you'd only supervised a team of three".
      /(?:have|has|had|you'd) only (?:ever |really )?(?:supervised|managed|led|run|overseen|headed|looked after) (?:a |an |one |two |three |four |five |small |tiny |the )/,
      // The step from the current job said too big: "the jump was too big", "the step up would be too far".
      /(?:step|jump|leap)(?: up)? (?:was|is|would be|felt|seemed|looked) (?:\w+ )?(?:too |a bit too |rather too )(?:big|large|far|much|great|steep)/,
      // Never having led or run something: "you haven't run a kitchen with a brigade this size", "you've never managed
      // people" (what was not done in the task is read by other cues).
      /you (?:have|had|'ve|'d) (?:not|never) (?:yet |actually |really |previously |ever )?(?:(?:run|managed|supervised|overseen|headed|held|taught|sold)\b(?! (?:it|this|that|the (?:task|exercise|test|case|role-?play|presentation|question)s?)\b)|(?:led|owned) (?:a |an |the |your own )?(?:[\w-]+ )?(?:teams?|people|department|function|site|store|ward|unit|kitchen|programme|school|region|business|group|practice|brigade|crew|shift|branch|office|p&l|budget)\b)/,
      // The level of the role not reached: "didn't really fit the level of the role", "not at the level we need for".
      /(?:did not|does not|do not|not) (?:really |quite )?(?:fit|match|reach|meet) the (?:level|seniority|grade) (?:of|for|we|needed|required|this)/,
      // Hours counted towards the work: "the licence hours we require", "not enough flying hours on type".
      /(?:flying|flight|licen[cs]e|logged|supervised|clinical|placement|practice|pic|on[- ]type|command|sea|hands-on) hours/,
      // Cases or shifts still to be done under supervision: "you'd need more supervised cases before working alone".
      /need (?:a few |some |a lot |many |far )?more (?:supervised |clinical |practical |real-world |hands-on |live )?(?:cases|shifts|hours|placements|procedures|deliveries|operations|patients|sessions|time on the (?:ward|floor|job))\b/,
      // Work done before, asked for: "wanted more evidence that you'd actually worked with vulnerable young people".
      /evidence (?:that you(?:'d| had| have| would)?|of you(?:r)? (?:having )?) ?(?:actually |really |previously |already |ever )?(?:worked|led|managed|run|done|taught|supervised|delivered|sold|handled|looked after|cared for|held|owned|built|adapted|designed|planned|implemented|introduced|coached|trained|mentored|negotiated|launched|written|made)\b/,
      // A level of job not yet reached: "not ready for a sous chef role", "not yet ready to step up".
      /not (?:quite |yet |really )*ready (?:for (?:a |an |the |this |that )(?:[\w-]+ ){0,3}(?:role|position|post|job|level|promotion|step up)|to (?:step up|take on (?:a|the|this) (?:[\w-]+ ){0,2}(?:role|position|post|job)|move up|lead|manage))/,
      // Used to work of a size beyond the job's: "you're used to running much larger budgets".
      /used to (?:running|managing|leading|working (?:at|with|on|in)|handling|overseeing) (?:much |far |a lot |significantly )?(?:larger|bigger|more senior|more complex|wider|greater)/,
      /only (?:ever )?worked (?:at|in|for) (?:startups|start-ups|agencies|small|large|big|corporates|one)/,
    ),
  ),
  cue(
    'experience',
    'topic',
    anyOf(
      /experience(?:d)?/,
      // A record built over a career: "your publication record", "grant record", "sales record".
      /(?:publication|publishing|research|funding|grant|teaching|sales|billing|clinical|safety|delivery|fundraising|track) record/,
      /(?:sales|billing|fundraising|revenue|commission) (?:figures|numbers|results|history)/,
      // Years of residence or checkable work history are a vetting rule, not experience ("three years of UK work history").
      /(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|more|enough|few) years?'?(?! of (?:uk |eu |us |[a-z]+ )?(?:work|employment|residen\w*|address) history) (?:of|in|as|experience|managing|leading|working|at)/,
      /at least (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few) years(?! of (?:uk |eu |us |[a-z]+ )?(?:work|employment|residen\w*|address) history)/,
      /years of(?! (?:uk |eu |us |[a-z]+ )?(?:work|employment|residen\w*|address) history)/,
      // Time still to spend is experience: "another year or two of project management", "a few more years in sales".
      /(?:another|a|an extra|a further|a few(?: more)?|a couple(?: of)?(?: more)?|some more|more) (?:years?|months)(?: or (?:two|so|more))? (?:of|in|as|doing|working|managing|leading|running)/,
      /seniority/,
      // The level of the user, not of people named ("the more junior panel member", "senior stakeholders").
      /(?:too|more|less|not|enough|sufficiently|quite|very) (?:senior|junior)(?! (?:panel|members?|colleagues?|staff|engineers?|interviewers?|people|person|developers?|analysts?|managers?|leaders?|leadership|stakeholders?|clients?|executives?|team|figures?|audiences?))/,
      // A record named before what it holds: "a stronger record of external grant income".
      /record of (?:\w+ ){0,3}(?:grants?|funding|income|publications?|publishing|delivery|sales|wins|success|achievement|leadership|management)/,
      /(?:senior|junior) enough/,
      /mid-level/,
      /track record/,
      /network/,
      /contacts/,
      /book of business/,
      /client base/,
      /cpa/,
      /aca/,
      /acca/,
      /cima/,
      /cfa/,
      /pmp/,
      /mba/,
      /chartered/,
      // Convention (settled 7 Dec): a credential earned by study and exams (a certificate or certification, a
      // qualification, chartered status, QTS, an ACCA) is experience, the level the user has reached, even when it
      // names a tool ("the AWS Solutions Architect certification"); a licence or a registration that permits the
      // work (driving, HGV, forklift, SIA, NMC, Social Work England) is logistics, like a visa.
      /certification/,
      /diplomas?/,
      /(?:bachelor'?s|master'?s|masters|undergraduate|postgraduate|university|relevant|honours) degree/,
      /certificates?(?<!practi[cs]ing certificates?)/,
      // A credential by its scheme and level ("CIPD Level 7", "PRINCE2 Practitioner", "a Level 3 assessor"); trade
      // cards and tickets that permit the work (CSCS, IPAF, SIA) are logistics.
      /(?:cipd|nebosh|iosh|smsts|sssts|taqa|celta|pgce|icaew|mcips|aat|qts|nvq)/,
      // A scheme that is also a body of knowledge is a credential with its grade ("PRINCE2 Practitioner").
      /(?:prince2|itil|cissp|ccna|comptia|scrum master|agile) (?:level \d|foundation|practitioner|general|diploma|certificate|award|professional|advanced|expert|associate)/,
      /level \d (?:diploma|certificate|award|qualification|qualified|assessor)/,
      /part[- ]qualified/,
      /part[- ]way (?:through|into)/,
      /certified/,
      /accredit\w*/,
      // The user's licence, not the employer's: "we're not a licensed sponsor" is the visa.
      /licensed(?! (?:sponsors?|visa sponsors?|premises|venue|to sponsor))/,
      /(?:in|of|across) the [\w-]+ markets?/,
      /evidence of (?:working|leading|managing|shipping|building|delivering|running|owning)/,
      /shipped products/,
      // Not the kind of interview: "turned up in jeans to a client-facing interview".
      /client[- ]facing(?! (?:interview|meeting|presentation|event))/,
      /customer[- ]facing/,
      /background/,
      /careers?/,
      /industry/,
      /sector/,
      /domain/,
      /in[- ]house/,
      /agency[- ]side/,
      /client[- ]side/,
      /b2b/,
      /b2c/,
      /enterprise (?:clients|customers|sales|accounts)/,
      /startup/,
      /start-up/,
      /scale-?up/,
      /corporate/,
      /public sector/,
      /private sector/,
      /regulated/,
      /leadership/,
      /leading (?:a |the )?(?:team|teams|people|projects?|function|department)/,
      /led (?:a |the )?(?:team|teams|people|function|department)/,
      /(?:managed|managing|manage) (?:a |the )?(?:team|teams|people|stakeholders|budgets?|direct reports|a function|others)/,
      /people (?:management|manager|leader)/,
      /line management/,
      /team lead/,
      /direct reports/,
      /at scale/,
      /(?:bigger|larger|much bigger|greater) scale/,
      /millions of/,
      /qualifications?/,
      /qualified/,
      /exposure/,
      /tenure/,
      /done this (?:before|at)/,
      /worked (?:in|at|for) (?:a|an|the)/,
    ),
  ),

  // answers: the content and structure of what the user said.
  cue(
    'answers',
    'issue',
    anyOf(
      /(?:said|claimed|told us|told them) (?:that )?you (?:had|have) no (?:weaknesses|weakness|failures|regrets|areas to improve)/,
      // The balance of what was said: "talked too much about what you wanted and not enough about what you'd bring".
      /(?:talked|spoke|focused|dwelt) (?:too much|a lot|mostly|mainly) (?:about|on) [\w\s']{1,50}? (?:and |but )?(?:not (?:enough|much|nearly enough)|(?:very |too |rather )?little|hardly anything|nothing|next to nothing) (?:about|on)/,
      // No position taken: "you kept saying 'it depends' without committing to an approach".
      /without (?:ever )?(?:committing|commiting|settling) (?:to|on) (?:an? |any |one )?(?:approach|answer|position|view|decision|option|recommendation)/,
      /(?:kept|keep|keeping) saying (?:'|")?it depends/,
      // What was asked went unanswered: "it didn't answer the brief", "you never addressed the question".
      // The adverb may stand before the verb too ("didn't actually answer"), and "had" may be shortened ("what we'd asked").
      /(?:did not|does not|failed to|never|not) (?:really |quite |fully |actually |even |directly )?(?:answer|address|respond to|stick to|follow) (?:(?:the|our|what the) (?:brief|question|task|prompt|scenario)|what (?:we|they|the (?:\w+ )?panel|the interviewers?|i)(?:'d| had)? (?:actually |really )?asked)/,
      /(?:rather than|instead of|not) (?:your|you) own\b/,
      /^(?:but )?(?:not much|very little|little|nothing|not enough) about (?:the |your |what |how )/,
      /(?:not|never) (?:make|made|making) (?:it )?clear what (?:impact|difference|results?|outcome|you (?:did|achieved|delivered))/,
      /(?:did not|never|not|failed to) (?:link|tie|connect|relate) (?:it |them |this |that |your \w+ )?(?:back )?to (?:the|our|a) (?:business|problem|question|brief|role|customer|goals?)/,
      /(?:talked|spoke|went on|focused|described|discussed|explained|covered|listed|told us about) (?:about |on )?[\w\s'-]{1,30} instead\b/,
      /(?:talk|talked|speak|spoke|focus|focused|dwell|dwelt) (?:a lot |much |far )?(?:more|less) (?:about|on)\b/,
      // What was said instead of what was asked: "talked about tools but not about the problems you solved".
      /(?:talked|spoke|focused|dwelt|went on|concentrated) [\w\s'-]{0,40}\bbut not (?:much |as much |enough |really )?(?:about|on)\b/,
      /(?:never|did not|not) (?:really )?(?:say|said|mention|explain|tell us|share) what (?:you|you'd|you had|you would) (?:learned|learnt|learn|took away|taken away|do differently|changed)/,
      /(?:lacked|no|without|missing|needed) (?:a )?(?:clear |real |strong |firm )?(?:'|")?(?:so what|takeaway|conclusion|bottom line)/,
      /(?:recommendation|conclusion|summary) (?:was |were )?(?:unclear|missing|weak|vague|not clear)/,
      /off (?:the )?(?:point|topic|question)/,
      // Another question answered: "answered one about deadlines instead", "didn't listen to the question".
      /answered (?:one|a question|something|the question) (?:about|on) [\w\s'-]{1,40}? instead\b/,
      /(?:did not|never) (?:really )?(?:listen to|hear) (?:the|our|my|their) question/,
      // How the user's own work would carry over, not said: "couldn't explain how your methods would apply to our problem".
      /(?:could not|unable to|not able to|struggled to|did not|never) (?:really |quite |clearly )?(?:explain|say|show|tell us|articulate) how (?:your|the|this|that|those|these) (?:[\w-]+ ){0,3}(?:would|could|might|will) (?:apply|transfer|translate|relate|carry over|help|work) (?:to|in|for|here|with)\b/,
      /(?:went|go|going|gone|drifted|drifting|veered|veering) off (?:track|course)/,
      // What was spoken of instead of what was asked: "talking about the technology rather than what the client needed".
      /(?:talked|talking|spoke|speaking|focused|focusing|concentrated|concentrating|dwelt|dwelling) (?:mostly |mainly |a lot |at length |too much )?(?:about|on) [\w\s'-]{1,40}? rather than (?:about |on )?(?:what|how|why|the|our|their|its)\b/,
      // Something the answer left out: "your answer didn't mention recording it".
      /your (?:answer|response|reply)s? (?:to [\w\s'-]{1,40}? )?(?:did not|never|failed to) (?:mention|cover|include|touch on|refer to|address|consider)\b/,
      /trailed off/,
      // An answer that never arrived at its point, however it is said.
      /(?:without|lacked|lacking|missing|never (?:reaching|reached|getting to|got to|came to|coming to|made)) (?:a |any |the |your )?(?:clear |real |main |actual )?point/,
      /got to the point/,
      /get to the point/,
      /textbook/,
      /(?:kept|keep) saying ['"]?we/,
      /said ['"]?we['"]? (?:a lot|rather|instead)/,
      /talk about ['"]?we/,
      /['"]we['"] (?:a lot|rather|instead|not)/,
      /what you (?:personally|yourself|actually) (?:did|had done|contributed|achieved)/,
      /your own (?:contribution|role|work|part)/,
      /(?:did not|never) (?:really |actually |quite |fully |even |directly )?answer(?:ed)? (?:the|what|my|our|their)/,
      /answered a different question/,
      /did not (?:address|answer) (?:the|my|our|their|that) question/,
      /(?:did not|never|could not) (?:fully |really |quite )?(?:understand|grasp|get) (?:the|what the|my|our) question/,
      /went in circles/,
      /going in circles/,
      /wander\w* (?:away |off )?(?:from|off)/,
      /drift\w* (?:away |off )?(?:from|off)/,
      /away from the question/,
      /(?:hard|difficult|struggled|unable|could not) to explain why you (?:made|chose|decided|picked|went)/,
      /explain why you (?:made|chose|decided|picked) /,
      /(?:long|lengthy|long-winded)[\w\s,]{0,20}\b(?:answers?|responses?)\b/,
      /buzzwords/,
      /clich\w+/,
      /(?:no|few|weak|thin|generic|irrelevant|old|outdated) examples/,
      // What came of the work, not asked for: "you couldn't talk about how you measured whether it worked".
      /(?:could not|did not|unable to|not able to|struggled to|never|failed to) (?:really )?(?:talk about|explain|say|tell us|describe|show|give) (?:how you (?:measured|tracked|knew|evaluated|assessed|proved)|(?:what|whether) (?:the )?(?:impact|results?|outcomes?|difference)s? (?:was|were|it made|any of it))/,
      // Out of order: "you jumped around", "not in a logical order".
      /(?:jumped|jumping|jumps|skipped|skipping) around/,
      /(?:not|never) (?:\w+ ){0,3}in (?:a |any )?(?:logical |clear |sensible )?order/,
      // The why of the user's own choices: "you didn't explain why you'd made the choices you made".
      /(?:did not|could not|never|failed to|struggled to|unable to|not able to) (?:really |fully )?(?:explain|justify|articulate|tell us|say) (?:why you(?:'d| had| would)? (?:made|chose|take|took|picked|went|decided|designed|did)|(?:the )?(?:reasoning|rationale|thinking) (?:behind|for) (?:your|the|those|these))/,
      /examples (?:were|was) (?:weak|old|thin|generic|irrelevant|dated|outdated|limited|vague)/,
      /(?:did not|never|could not|didn't) (?:give|provide|offer|share|use) (?:any |many |enough |specific |concrete |real |relevant )*examples/,
      /storytelling/,
      /narrative/,
      /(?:defend|justify|explain|back up|support) (?:the |your |some of the |some of your )?(?:assumptions|reasoning|choices|decisions|thinking|rationale|claims|numbers|recommendations?|prioriti[sz]ation|approach|trade-?offs)/,
      /(?:understand|tell|see|clear (?:on|about)?|follow) (?:what )?your (?:own )?(?:role|part|contribution) in/,
      /(?:said|say|saying) ['"]?the team['"]?/,
      /lack of ownership/,
      /framed as what others/,
      /what others (?:did|decided)/,
      /answered something (?:slightly |completely |quite )?(?:different|else)/,
      /said (?:very )?little/,
      /(?:not much|lacked|without|no|little) substance/,
      /(?:hoped|hoping|wanted|liked|expected) to (?:hear|see|learn) more (?:about|on)/,
      // What the answers never showed: "we didn't learn much about how you handle your own errors".
      /(?:did not|never|could not) (?:really )?(?:learn|hear|find out) (?:much|anything|a lot|enough) (?:about|of) (?:how|why|when) you\b/,
      /more about (?:your own|how you|what you)/,
      /(?:could not|can not|did not|unable to) (?:name|give|cite|provide|think of) (?:a|any|one|a single) (?:metric|number|example|result)/,
      /go into (?:enough |much |any |more )?(?:depth|detail)/,
      /in general terms/,
      /go off script/,
      /(?:hard|difficult) to (?:follow(?! you)|tell what|judge the impact|understand what you)/,
      /no (?:clear )?(?:result|outcome)s?\b/,
      /(?:did not|never) (?:say|mention|explain|tell us|share) (?:what|how) (?:the )?(?:result|outcome|impact)/,
      /not quantif\w*/,
      /(?:lacked|lacking|lack of|short on|light on|needed more|wanted more|few|no hard) (?:hard |concrete |real |any )?(?:numbers|metrics|figures|quantification)/,
      /(?:never|did not|without) (?:\w+ )?(?:say|said|saying|mention\w*|tell\w* us|giv\w*) (?:by )?how (?:much|many|far)/,
      /(?:did not|never) quantif\w*/,
      /(?:without|no|any) (?:numbers|metrics|figures|data) /,
      /(?:too|very|quite|bit|fairly|rather|pretty|somewhat|a little|overly) (?:brief|short|high[- ]level)/,
      /(?:could not|unable to|struggled to|did not) answer (?:even )?(?:basic |simple |follow-up |our |the |some )*questions?/,
    ),
  ),
  cue(
    'answers',
    'topic',
    anyOf(
      /examples?/,
      /stories/,
      /story/,
      /star (?:method|format|framework|structure)/,
      /star\b/,
      /(?<!data |well-|well |hierarchical |organi[sz]ational |team |flat |company |reporting |less |little )structure[ds]?(?! (?:environment|culture|setting|team|organi[sz]ation|company))/,
      /unstructured(?! (?:environment|culture|setting|team|organi[sz]ation|company))/,
      /quantif\w*/,
      /metrics?/,
      /context/,
      /(?:the |your )?reasoning (?:behind|for)/,
      /explain (?:your|the) reasoning/,
      /rationale/,
      /thought process/,
      /the why/,
      /why behind/,
      /high[- ]level/,
      /follow-up questions/,
      /competency questions/,
      /behaviou?ral questions/,
      /relate it/,
      /situation/,
    ),
  ),
  cue(
    'answers',
    'weakTopic',
    anyOf(
      /answers?/,
      /responses?/,
      /answered/,
      /explain\w*(?! how)/,
      /articulate/,
      /results?/,
      /outcomes?/,
      /impact/,
      /numbers/,
      /specifics/,
      /detail(?:s|ed)?/,
      /depth/,
      /concrete/,
      /evidence/,
      /explanations?/,
    ),
  ),

  // communication: delivery rather than content.
  cue(
    'communication',
    'issue',
    anyOf(
      /(?:lost|lose|losing) (?:your|his|her|the) (?:train of thought|thread)/,
      // How the voice carried: "your accent was hard to follow over the link", "hard to hear".
      /accent (?:was|is|were|made)\b/,
      /(?:hard|difficult|tricky|not easy) (?:for [\w\s]{1,20} )?to (?:hear|make out)\b/,
      /(?:seemed|came across as|were|was|looked|sounded) (?:\w+ ){0,2}(?:tired|flat|low[- ]energy|lethargic|subdued|deflated)\b/,
      /(?:leadership|executive|personal|stage|boardroom) presence/,
      /gravitas/,
      /ask(?:ed)? for (?:the|a|each) question to be repeated/,
      /(?:had to|needed to) (?:cut you off|interrupt you|stop you|move you on|rein you in|hurry you)/,
      /(?:hard|difficult|tricky|not easy) to follow (?:you\b|your (?:reasoning|thinking|thought process|logic|train of thought|explanation)|the thread|along)/,
      /(?:reading|read) (?:from |off |out )?(?:your |the |a |his |her )?(?:answers|notes|script|screen|slides|prepared)/,
      /(?:looking|looked|glancing|glanced) (?:down )?at (?:your |his |her )?(?:notes|script|screen)/,
      /nervous\w*/,
      // Too little of the person came across: "a bit reserved", "wanted to see more of your personality come through".
      /(?:bit|little|quite|rather|too|very|somewhat|fairly) (?:reserved|guarded|closed|stiff|wooden)/,
      /personality (?:to )?(?:come|came|coming|shine|shone|shining|show|showing) (?:through|out)/,
      /(?:see|seen|hear|get|show|shown) (?:a bit |a little |much |even )?more of (?:your|the) personality/,
      /nerves/,
      /anxious/,
      /flustered/,
      /rattled/,
      /hesitant/,
      /softly spoken/,
      /mumbl\w*/,
      /inaudible/,
      // Every form of the verb, as non-native writers use them: "the candidate speak very fast".
      /(?:spoke|speaks?|speaking|talk(?:s|ed|ing)?) (?:too |very |quite |a bit |a little |really |so )?(?:fast|quickly|quietly|softly|rapidly|low)\b(?! (?:learner|track|start))/,
      /(?:you were|you went|answered|answering) (?:too|very|quite) (?:fast|quickly)/,
      /interrupt\w*/,
      // How much was said, not about what: "you talked a lot", "spoke at length" ("talked a lot about tools" is answers).
      /(?:talked|spoke|talking|speaking|talk|speak) (?:a lot|too much|at (?:great )?length|non-?stop|constantly)(?! (?:about|of|on)\b)/,
      // Answering before the question was over is interrupting, whoever was asking.
      /(?:answer\w*|respond\w*|reply\w*|jump\w* in|talk\w*|speak\w*|start\w*|spoke|began|begin\w*) (?:\w+ ){0,2}before (?:the |your |our |each |a |any )?(?:interviewer|panel|question|they|we|he|she|anyone|people|someone|others|\w+ (?:manager|lead|director)|\w+)s? (?:had |has |was |were |could )?(?:finished|done|stopped|complete|got to the end|asked)/,
      /spoke over/,
      /talked over/,
      /talking over/,
      /cut (?:us|them|people|others|the \w+) off/,
      /not listening/,
      /did not listen/,
      /body language/,
      /arms (?:folded|crossed)/,
      /fidget\w*/,
      /(?:rehearsed|scripted|robotic|monotone|wooden)/,
      /(?:learn(?:ed|t)|off) by heart/,
      /(?:memori[sz]ed|recited)/,
      /flat/,
      /unenthusiastic/,
      /low energy/,
      /lacked energy/,
      /(?:quite |a bit |rather |too )?passive/,
      // The user's manner, not food served cold or a cold call.
      /(?<!(?:went out|gone out|served|arrived|came out|come out|turned|gone|went|got|goes|go) )cold(?![- ]call\w*| (?:water|weather|storage|chain|room|start|emails?|outreach|approach|reading|calls?|selling|sales|canvass\w*))/,
      /aloof/,
      /jargon/,
      /long[- ]winded/,
      /rambl\w*/,
      /waffl\w*/,
      /went in circles/,
      /going in circles/,
      /all over the place/,
      /jumping between/,
      /went off on (?:a )?tangents?/,
      /off on tangents?/,
      /dominated/,
      /(?:took|take|taking|takes) (?:a long time|ages|a while|too long|some time|a lot of time) to get to the point/,
      /lost the (?:panel|room|interviewers?|audience|thread)/,
      /guarded/,
      /closed[- ]off/,
      /(?:conversation|discussion|interview) (?:never |did not |did not really |never really )flow(?:ed)?/,
      /took over (?:the )?(?:discussion|conversation|meeting|group|exercise|task|room)/,
      // Selling too hard: "came on a bit too strong", "like you were giving us the hard sell".
      /came on (?:a bit |a little |far |way |rather |very |quite )?(?:too )?strong(?:ly)?/,
      /came across (?:as )?(?:a bit |a little |far |way |rather )?too strong(?:ly)?/,
      /hard sell/,
      /over-?sell\w*/,
      /overbearing/,
      /(?:kept|keep|keeping) (?:steering|bringing|dragging|turning) (?:it|things|the (?:conversation|discussion)) back to (?:your|you|yourself)/,
      /(?:only|never|did not|could not|not) (?:got|get|getting|manage to get|managed to get) through (?:half|all|most|a third)/,
      /did not let (?:others|anyone|the others)(?! know)/,
      /(?:did not|never|barely|hardly|would not) (?:let|allow|give) (?:the |your |them |him |her |us |anyone |others |the other )?(?:[\w-]+ )?(?:speak|talk|finish|answer|respond|explain|get a word in|a chance to (?:speak|talk|finish|answer|respond|explain))\b/,
      /ran over/,
      /ran out of time/,
      /spent too long/,
      /too long on/,
      /(?:did not|never) (?:talk|walk) (?:us )?through (?:your )?(?:approach|thinking|thought process|reasoning)/,
      /think(?:ing)? out loud/,
      /(?:more|less) concise/,
      /be (?:more )?concise/,
      /presence/,
      /gravitas/,
      /came across as (?:unsure|uncertain|nervous|timid|shy|low energy|rehearsed)/,
      /(?:lacked|lack of|more|low) confidence/,
      /to get a word in/,
      /speak up/,
      /went blank/,
      /mind went blank/,
      /(?:you|he|she) froze/,
      /froze up/,
      /stammer\w*/,
      /stutter\w*/,
      /filler words/,
      /inarticulate/,
      /awkward\w*/,
      /\bstiff/,
      /(?:lost|lose|losing) (?:your )?composure/,
      /talked for (?:\w+ ){1,2}minutes/,
      /spent (?:\w+ ){0,2}minutes (?:on|talking)/,
      /over-?explain\w*/,
      /undersold/,
      /undersell\w*/,
      /downplay\w*/,
      /self-deprecat\w*/,
      /sell yourself/,
      /(?:looking at|reading (?:from|off)?|read (?:from|off)) (?:your )?(?:notes|the screen|a script|answers)/,
      /went on (?:for|too long)/,
      /dragged on/,
      /ran (?:\w+ ){0,2}over/,
      /over time/,
      /(?:not|was not|were not) (?:very |always |particularly |entirely )?clear (?:when|in|while) (?:explaining|describing|talking|presenting)/,
      /unclear (?:when|in) (?:explaining|describing)/,
      /tired/,
      /less engaged/,
      /low engagement/,
      /(?:too|very|quite|a bit|bit) quiet/,
      /quietly/,
      /jump(?:ed|ing)? around/,
      /talk(?:ed)? (?:a lot but|too much)(?! about\b)/,
      /over-?talk\w*/,
      /presentation (?:was |ran |went )?(?:too long|over|long)/,
      /overran/,
      /(?:did not|no) (?:leave )?time for questions/,
      /push back/,
      /assertive\w*/,
      /lose energy/,
      /lost energy/,
      /energy (?:was|seemed|felt) (?:a little |a bit |quite |rather |very )?(?:low|flat)/,
      /(?:did not|not|never|does not|failed to) (?:\w+ ){0,3}listen/,
      /(?:did not|could not) (?:adapt|tailor) (?:your|the) (?:explanation|language|message)/,
      /rushed (?:through|your)/,
      /(?:did not|without) paus\w*/,
      /pause to think/,
      /slouch\w*/,
      /(?:hard|difficult) to (?:follow|hear|understand) you/,
    ),
  ),
  cue(
    'communication',
    'topic',
    anyOf(
      /communicat\w*/,
      /delivery/,
      /(?:your|speaking|talking) pace/,
      /pace of (?:your )?(?:speech|delivery|speaking|answers)/,
      /tone of voice/,
      /eye contact/,
      /articulat\w*/,
      /clarity/,
      /concise\w*/,
      /listening/,
      /listener/,
      /rapport/,
      /engagement/,
      /energy/,
      /enthusiasm(?! for\b)/,
      /confidence/,
      /presentation skills/,
      /presenting/,
      /presenter/,
      /verbal/,
    ),
  ),
  // Answers that ran long are both a content and a delivery problem.
  cue(
    'communication',
    'issue',
    /\b(?:answers?|responses?|examples?|stories)\b[\w\s]{0,35}\b(?:long(?! (?:time|ago|way|list|history|career|track))|lengthy|long-winded|drawn[- ]out)\b|\b(?:long|lengthy|long-winded)[\w\s,]{0,20}\b(?:answers?|responses?)\b/,
  ),
  cue(
    'answers',
    'issue',
    /\b(?:answers?|responses?|examples?|stories)\b[\w\s]{0,35}\b(?:long(?! (?:time|ago|way|list|history|career|track))|lengthy|long-winded|drawn[- ]out)\b/,
  ),

  // preparation: research, motivation, questions for them.
  cue(
    'preparation',
    'issue',
    anyOf(
      /(?:understand|know|grasp|clear on|sure|unsure|unclear) what the (?:role|job|position) (?:actually |really |would )?(?:involved|involves|entails|entailed|was about|is about|would involve)/,
      // What the employer is: "you didn't seem to understand what the charity actually does".
      /(?:understand|know|grasp|clear on|sure|unsure|unclear|idea) (?:of )?what (?:the|our|their|this) (?:charity|company|business|organi[sz]ation|firm|school|trust|council|practice|agency|client|brand|group|department|hospital) (?:actually |really |even )?(?:does|do|is|stands for|sells|makes|offers)/,
      // Something of theirs not read: "when we asked about our five-year plan you hadn't read it".
      /(?:you|he|she) (?:had not|have not|did not|has not|never) (?:read|looked at|seen|opened) (?:it|them)\b/,
      // The subject of the job not read up on: "you hadn't read anything about Montessori before coming in".
      /(?:had not|did not|never) (?:read|looked up|looked into|researched|found out) (?:anything|much|a lot|enough|a great deal) (?:about|on|into) \w+(?:[\w\s-]{0,40}) before (?:coming|the interview|you came|today|applying|attending)/,
      // What the employer had put out not looked at: "you hadn't looked at what the magazine had already run".
      /(?:had not|have not|did not|has not|never) (?:really |even )?(?:looked at|read|checked|researched|looked into|gone through|listened to|watched|visited|tried) (?:what (?:the|our|we|they|this) |(?:any of )?our |(?:any of )?the (?:company|firm|magazine|paper|publication|brand|charity|school|website|site|app|product|menu|blog|podcast|channel|annual report|job (?:description|pack|advert)|advert|person spec\w*|show|catalogue|collection|programme|portfolio of (?:the|our))\b)/,
      // Came without what they were asked to bring or read: "arrived without the portfolio we asked you to bring".
      /without (?:the|your|any) [\w\s-]{1,30}? (?:we|they|i|the \w+)(?:'d|'ve)? (?:had |would |have )?(?:asked|told|invited|sent) you(?: to)? (?:bring|prepare|read|complete|review)/,
      /(?:did not|forgot to|failed to|never) bring (?:the|your|any) (?:portfolio|documents?|work samples?|samples|notes|laptop|presentation|references|id)/,
      // Motivation that lay elsewhere: "more interested in the remote policy than in the work itself".
      /more interested in (?:the |our )?[\w\s-]{1,30}? than (?:in )?(?:the|our|this) (?:work|role|job|mission|company|product|team)/,
      /(?:questioned|wondered|doubted|unsure|not sure|unclear) (?:whether|if|why) you (?:really |genuinely |actually )?(?:wanted|want|were interested in|were committed to|cared about) (?:this|the) (?:role|job|position|company)/,
      /(?:not|never) (?:really )?thought (?:through|about) how you(?:'d| would) (?:approach|tackle|handle|start|spend)/,
      /(?:understanding|knowledge|grasp|awareness) of (?:our|their|the company's|the client's) (?:customers|users|clients|market|business|products?|competitors)\b[\w\s]{0,20}\b(?:superficial|limited|thin|weak|lacking|basic|shallow|not)/,
      /(?:lacked|limited|superficial|little|no|basic|shallow) (?:understanding|knowledge|grasp|awareness) of (?:our|their|the company's|the client's) (?:customers|users|clients|market|business|products?|competitors)/,
      /(?:reason|reasons|rationale|motivation|case) (?:for|behind) (?:leaving|moving|wanting|applying|the move|switching|changing|joining)/,
      /why you (?:want(?:ed)? to|were) (?:leave|leaving|move|moving|switch|switching|change|changing|join|joining)/,
      /you (?:only|just|mainly|mostly) asked (?:us )?(?:about|after|re)\b/,
      /(?:did not|had not|never|not) (?:\w+ ){0,3}(?:look(?:ed)? at|read|tried|used|research(?:ed)?|review(?:ed)?|check(?:ed)? out|visit(?:ed)?|download(?:ed)?) (?:our|the|any of our|their) (?:\w+ ){0,2}(?:product|app|reviews|website|site|platform|service|job description|job spec|jd|brief|case study|materials?|docs?|documents?|pack|annual report|blog|careers page|spec|architecture doc|prep|pre-read)/,
      /(?:did not|had not|never) (?:ask|have) (?:us |them |the panel )?(?:any|a single|many|much|more|enough|anything) (?:questions?|about)/,
      /(?:did not|never) ask (?:us )?anything/,
      /(?:called|named|got) (?:our|the) (?:company|product|brand) (?:by )?(?:the )?wrong/,
      /wrong name/,
      /question (?:your|his|her) commitment/,
      /(?:no|few) questions (?:for|at the end|to ask)/,
      /(?:your|the) questions (?:for us|at the end)? ?(?:were|was) (?:quite |very |a bit |rather )?(?:generic|basic|standard|weak|limited)/,
      /mixed us up/,
      /confused us with/,
      /unprepared/,
      /under-?prepared/,
      /not prepared/,
      /(?:could|should) have prepared/,
      /put (?:it|this|that) together in a rush/,
      /you (?:thought|assumed|believed|expected) (?:it|the role|the job|this|we|our)\b/,
      /(?:looked|look|looking) into (?:our|the company|us|the business)/,
      /read up on/,
      /(?:not|never|had not|have not|did not|without) (?:really |properly |fully )?(?:tailored|tailor|adapted|adapt|pitched|geared|customi[sz]ed) (?:it |this |that |them |the [\w-]+ |your [\w-]+ )?(?:to|at|for) (?:us|our|the (?:audience|company|organi[sz]ation|sector|role|charity|business|client|panel))/,
      // Not researched the employer, named any way: "did not research the trust's strategy", "never looked into the
      // school".
      /(?:did not|had not|have not|never|not|no|without|could have|should have) (?:\w+ ){0,3}(?:research(?:ed|ing)?|look(?:ed|ing)? into|read(?:ing)? up (?:on|about)) (?:our|their|us|them|the (?:[\w-]+'s|company|organi[sz]ation|business|firm|trust|school|charity|council|hospital|practice|brand|client|agency|group|team|role|job|employer|board))\b/,
      /expected you to (?:have )?(?:read|prepared|looked|researched|come (?:with|prepared))/,
      /(?:understood|understand|knew|know|grasped) what (?:the|this) (?:job|role|position) (?:actually |really )?(?:involves|entails|is|requires|needs)/,
      // Of the employer ("didn't know much about us", "what we do"); a subject of the trade not known ("didn't know
      // much about livestock nutrition") is a skill.
      /(?:did not|had not|never) (?:seem to |really |quite |fully |actually )?know (?:who|that|about (?:it|this|that|them)\b|(?:much |anything |a lot |enough |a great deal )?about (?:(?:how|what|who|where|why) (?:we|our|they|their)\b|us|our|their|them|the (?:company|business|firm|organi[sz]ation|charity|school|trust|role|job|team|practice|brand|group|products?|services?|customers|clients|vacancy|position|post)|what we|who we|how we|where we)|what (?:we|our|the (?:company|business|firm|organi[sz]ation|charity|school|trust|role|job|team|practice|brand|group|position|post)|you would be))\b/,
      /(?:not |un)(?:sure|clear|convinced) (?:why|on why|about why|(?:that )?you (?:really |truly |genuinely )?want\w*)/,
      /why you (?:want(?:ed)?|were interested|applied)/,
      /not committed/,
      /(?:more|only|mainly|just) interested in (?:the )?(?:title|money|salary|pay|package|brand|perks|name)/,
      /(?:addressed|written) to (?:another|a different|the wrong) (?:company|employer|firm)/,
      /wrong company/,
      /why you (?:are|were) (?:leaving|looking|moving|applying)/,
      // What pulls the user to the work: "it wasn't clear what draws you to corporate training".
      // Terms asked about before the work: "you asked about salary and holidays in the first five minutes".
      /(?:asked|enquired|inquired) about (?:the )?(?:salary|pay|money|holidays?|bonus|benefits|perks|hours|remote working|working from home)[\w\s,]{0,40}\b(?:before|first|straight away|immediately)/,
      /(?:did not|never|forgot to|failed to) (?:bring|have|prepare|send) (?:any |a |the |your )?(?:(?:copy|copies|examples|samples) of (?:your |the )?(?:work|portfolio|cv|presentation)|portfolio|work samples|examples of your work)/,
      /(?:not|never) (?:really |fully |quite )?across (?:our|the) (?:brand|business|products?|company|market|strategy|customers|clients|services)/,
      /what (?:draws|drew|attracts|attracted|brings|brought|motivates|motivated|excites|excited) you (?:to|into|about)/,
      /(?:questions|doubts|concerns) (?:about|over|around) your (?:motivation|commitment|interest)/,
      /not (?:that |very |really )?interested/,
      /lack of interest/,
      /curiosity/,
      /(?:did not|had not|never|not) prepare (?:anything|much|properly|enough|for)/,
      /(?:sent|shared|gave you) (?:you |it )?(?:in advance|ahead of time|beforehand)/,
      // Enthusiasm for the work itself is motivation: "for the role", "for customer service".
      /enthusiasm for (?!(?:you|your|him|her|them)\b)\w+/,
      /(?:seem|seemed) (?:\w+ )?(?:sure|clear|certain) (?:why|about why|what)/,
      /why you(?:'d| had| would)? (?:applied|apply)/,
      // Motivation for this employer rather than any job: "why us?", "you'd apply anywhere".
      /why us/,
      /(?:would|'d) rather be (?:doing|working|somewhere|elsewhere)|(?:heart|mind|head) (?:was |is |seemed |felt )?(?:elsewhere|somewhere else|not in it)/,
      /(?:seemed|looked|appeared|came across as|were|was) (?:\w+ )?uninterested/,
      // The motivation question quoted: "your answer to 'why do you want to work here'".
      /why (?:do|did|would) you (?:want|wish|like) to (?:work|join|be) (?:here|for us|with us|at|in this)/,
      /why (?:here|this (?:role|job|company|firm|organi[sz]ation))\b/,
      /why (?:this|our) (?:company|firm|business|team|organi[sz]ation)/,
      /(?:wanted|want|wanting) (?:this|the|our) (?:job|role|position)\b[\w\s]{0,25}\brather than/,
      /rather than (?:just )?(?:any|a new|another|any other) (?:job|role|position)/,
      /(?:would|'d|could) (?:apply|go|work) (?:anywhere|for anyone|for any company)/,
      /(?:did not|could not|never) (?:say|explain|tell us|get across) (?:what|why) (?:drew|attracted|brought) you/,
      /(?:no|zero|not a single|without any) questions?\b/,
      /(?:did not|never) ask (?:us |them |the panel )?(?:much|many questions|a lot)/,
    ),
  ),
  cue(
    'preparation',
    'topic',
    anyOf(
      /(?:company |background )?research (?:on|into|about) (?:us|the|our)/,
      /(?:your|much|enough|little|no) (?:research|homework)/,
      /researched/,
      /homework/,
      /preparation/,
      /prepared/,
      /prep/,
      /motivation/,
      /motivated/,
      /interest in (?:the|this|our)/,
      /(?:more|better|any|few|good) questions (?:from you|for|about)/,
      /questions from you/,
      /our (?:product|products|company|business|customers|clients|users|market|mission|values|strategy|roadmap|competitors|pricing|app|platform|services?)/,
      /(?:about|of|into|on|researched|know|knew) the (?:company|business)/,
      /the (?:role itself|job description|jd)/,
      /curiosity/,
      /curious/,
      /questions (?:for us|for them|about the (?:company|role|team|business|product|job)|at the end)/,
      /(?:knowledge|understanding) (?:of|about) (?:our|the company|the business|the role|the job|the team|what we|how we|us)/,
      // Commitment of a person ("you were committed to design"), not code or offsets that "are committed".
      /\b(?:you|were|was|seem\w*|sound\w*|felt|feel|fully|really|truly|genuinely|more|less|as) committed\b|\bcommitted to (?:the|this|our|us|a|joining|moving|working|staying|design|\w+ing)\b/,
      /commitment/,
      /cover letter/,
      /(?:excited|enthusiastic|passionate|interested|keen) (?:about|in|by) (?:the|this|our) (?:role|job|company|position|opportunity|mission|product|work)/,
      /why (?:this|the|our) (?:role|job|company|team|sector|industry)/,
    ),
  ),

  // conduct: behaviour that disqualifies regardless of ability.
  cue(
    'conduct',
    'issue',
    anyOf(
      /(?:took|answered|made|accepted) (?:a |an )?(?:personal |phone |mobile |work )?(?:call|phone call)s? (?:during|in the middle of|mid-)/,
      /(?:answered|took|picked up|checked) (?:your|a|the|his|her) (?:phone|mobile)(?! interview| screen)/,
      /(?:which|that) you (?:had not|did not|never) (?:mentioned|disclosed|told us|declared|brought up)/,
      /(?:had not|did not|never) (?:mention|mentioned|disclose|disclosed|declare|declared)\b[\w\s]{0,30}\bwhen (?:we|i|they) asked/,
      /(?:tone|manner|attitude|behaviou?r|rudeness) (?:with|towards|toward|to) (?:the |our |their )?(?:receptionist|front desk|staff|security|recruiter|coordinator|admin|assistant|junior|waiter|driver)/,
      /(?:referee|reference)s? (?:\w+ ){0,3}(?:described|put|gave|listed|had|called) (?:your|you|the) (?:role|title|position|dates|responsibilit\w*|contribution) as/,
      /(?:unsure|unclear|vague|confused|hazy|uncertain) (?:about|on|of) (?:\w+ ){0,4}(?:your own|your) (?:cv|resume|résumé|work history|employment history|dates|job titles)/,
      /(?:submitted|sent|returned|delivered|handed in|came in|arrived|received) (?:\w+ ){0,4}(?:after|past|beyond) the (?:deadline|closing date|cut-?off)/,
      // A deadline inside a test is the test's time limit, a skill: "in the copywriting test you missed the deadline".
      /(?<!\b(?:test|exercise|task|assessment|challenge|case study|in-tray|take-home|assignment)\b[\w\s,]{0,40})missed the (?:deadline|cut-?off)/,
      // Two versions of one fact on the CV: "your CV had two different job titles for the same role".
      /(?:cv|resume|résumé|application|linkedin) (?:had|has|showed|shows|listed|lists|gave|gives) (?:two |three )?(?:different|conflicting|contradictory) (?:job titles|titles|dates|start dates|versions|salaries)/,
      // Having gone back on an accepted offer before makes an employer wary.
      /counter-?offers?/,
      /(?:previous|former|current|last|old|ex-?)\s?(?:employer|manager|boss|company|team|colleagues)(?:'s)?\b[\w\s']{0,25}\b(?:was|were|is|are) (?:'|")?(?:a mess|a shambles|terrible|awful|useless|incompetent|a joke|rubbish|a disaster|toxic|clueless|hopeless|idiots|stupid)/,
      /(?:shared|disclosed|revealed|went into detail about|talked about|discussed|mentioned)\b[\w\s]{0,40}\b(?:confidential|proprietary|internal problems|internal issues|under nda)/,
      /(?:spoke|talked|speak|talk|speaking|talking) (?:about|of) (?:your |his |her )?(?:current|previous|former|last|old|past|ex-?)\s?(?:employer|manager|boss|company|team|colleagues)\b[\w\s]{0,20}\b(?:negative|critical|disparaging|harsh|badly|poorly|dismissive)/,
      /(?:described|called|referred to|labelled|labeled) (?:your |his |her )?(?:current |previous |former |last |old |ex-?)?(?:employer|manager|boss|company|team|colleagues) as (?:'|"|useless|incompetent|a joke|idiots|lazy|clueless|hopeless|toxic|a mess|stupid|rubbish|terrible|awful)/,
      /(?:disliking|dislike|disliked|hated|hating|hate|hates|could not stand) (?:your |his |her )?(?:current |previous |former |last |old )?(?:manager|boss|employer|company|team|colleagues)/,
      /(?:could|can|were|was) not (?:able to )?(?:verify|confirm|substantiate|validate|corroborate) (?:the |your |any |some )?(?:\w+ )?(?:qualifications?|degree|references?|employment|claims?|dates|certificat\w*|job titles?|experience)/,
      /(?:story|explanation|account|version of events|reason) (?:you gave )?(?:changed|kept changing|shifted|did not add up|did not hold up)/,
      /(?:arrived|were|was|turned up|showed up|joined|logged on|logged in|dialled in|dialed in|came)\b[\w\s]{0,30}\blate\b/,
      /\blate (?:to|for|arriving|joining)\b/,
      /lateness/,
      /punctual\w*/,
      /(?:missed|did not (?:turn up|show up|attend|join)) (?:to |for |at )?(?:the|your|our|a) (?:[\w-]+ )?(?:call|interview|meeting|slot|appointment|assessment|trial|shift)/,
      // Someone else's fault, said of what went wrong: "kept saying it was the vendor's fault".
      /(?:it was|was all|were all|it is) (?:the |their |his |her |someone else's |somebody else's |everyone else's |the [\w-]+'s )fault/,
      // What went wrong put on others: "as if everything that went wrong was their fault".
      /(?:went wrong|failed|happened|did not work|problems?|issues?|mistakes?) (?:\w+ ){0,3}(?:was|were|is|are) (?:all |always |entirely |somehow )?(?:their|his|her|someone else's|somebody else's|everyone else's|other people's|the [\w-]+'s) (?:fault|doing|responsibility)/,
      /no[- ]show/,
      /(?:checking|checked|looking at|used|using|on) (?:your |their )?(?:phone|mobile|messages|email)/,
      // The phone brought in and used where it should not be: "brought your phone into the assessment and were seen
      // using it".
      /(?:brought|took|had) (?:your |their |his |her |a )?(?:phone|mobile) (?:into|in to|out (?:in|during))\b/,
      /(?:seen|caught|noticed) (?:using|checking|looking at|on) (?:it|your phone|a phone|your mobile)\b/,
      /(?:took|take|taking|answered) (?:a |another )?(?:phone )?call (?:during|in the middle)/,
      /camera (?:off|on)/,
      /(?:turn|switch)(?:ed)? (?:your |the )?camera/,
      /rude\w*/,
      /dismissive/,
      // Falling out with the last employer told at interview: "you said you didn't get on with your manager".
      /(?:did not|do not|never|could not) (?:really )?(?:get on|get along|see eye to eye|click) with (?:your|his|her|their) (?:current |previous |former |last |old |line )?(?:manager|boss|employer|supervisor|director|head of department|colleagues|team)\b/,
      // Work passed off as one's own: "copied large parts from our website without acknowledgement".
      /(?:copied|plagiari[sz]\w*|lifted|cut and pasted|copy-pasted|pasted) (?:\w+ ){0,4}(?:from|word for word|verbatim)\b/,
      /without (?:any )?(?:acknowledg\w*|attribution|crediting)/,
      /abrupt/,
      /curt/,
      /brusque/,
      /impatient/,
      /criticis\w*/,
      /criticiz\w*/,
      /critical of (?:your )?(?:current|previous|former|last|old|past)/,
      /(?<!\b(?:test|exercise|task|assessment|challenge|case study|in-tray|take-home|assignment)\b[\w\s,]{0,40})missed (?:the|our|a) deadline/,
      /without (?:letting (?:us|anyone|anybody) know|telling (?:us|anyone|anybody)|notice|warning|explanation)/,
      // Out of reach: "we were unable to reach you", "our emails went unanswered for a week".
      /(?:emails?|messages?|calls?|voicemails?) (?:went|were|was|had gone) (?:\w+ )?(?:unanswered|unreturned|ignored)/,
      /(?:unable|not able|could not|were not able) to (?:reach|contact|get hold of|get through to) you/,
      /blame (?:the|your|others|other people|everyone|colleagues|someone|them|him|her)\b/,
      /(?:told|said to) (?:the )?(?:first|one) [\w\s]{0,40}\b(?:and|but) (?:the )?(?:second|other|next)/,
      /different (?:numbers|figures|stories|versions|answers) to different/,
      /(?:dressed|dress) (?:too |very |quite )?(?:casual\w*|inappropriately)/,
      /inappropriately dressed/,
      /attire/,
      /dress code/,
      // Asked-for papers not sent: "you didn't provide the two references we requested within the deadline".
      /(?:did not|never|failed to|forgot to) (?:provide|send|supply|return|submit|give us) (?:the |your |any |two |both |all )?(?:[\w-]+ )?(?:references?|referees?|paperwork|documents?|documentation|forms?)\b[\w\s]{0,30}\b(?:requested|asked for|deadline|in time|on time)/,
      /confidential\w*/,
      /(?:breach\w*|broke|breaking) (?:of )?(?:an? )?(?:nda|non-disclosure)/,
      /(?:shared|disclosed|revealed|talked about|discussed|gave away) [\w\s',]{0,50}\b(?:unreleased|unannounced|confidential|internal|private|sensitive|under nda)\b/,
      /(?:came across as|sounded|seemed|was|were) (?:quite |very |a bit |a little |rather |really )?(?:bitter|resentful|vindictive)/,
      /(?:turned up|arrived|came|showed up|dressed|wore|wearing) (?:in |wearing )?(?:gym|sports|running|beach|casual|scruffy|ripped|dirty) ?(?:wear|clothes|kit|gear|jeans|shorts|trainers)/,
      /(?:\d+|five|ten|fifteen|twenty|thirty|forty) ?(?:mins?|minutes) late|\blate (?:by )?(?:\d+|five|ten|fifteen|twenty|thirty|forty) ?(?:mins?|minutes)/,
      /talk(?:ed|s|ing)? down to/,
      // CV claims that fell apart when probed: "claims on her CV didn't stand up".
      /(?:claims?|statements?|what (?:was|you put|she put|he put)|details?) (?:on|in) (?:the |your |her |his )?(?:cv|resume|application)\b[\w\s]{0,20}(?:did not|does not|do not|would not|could not) (?:stand up|hold up|add up|check out|survive)/,
      /gossip\w*/,
      /(?:shared|disclosed|revealed) confidential/,
      /misled/,
      /misleading/,
      /fabricat\w*/,
      /made up/,
      /cancell?ed (?:at|with) (?:the )?(?:last minute|short notice|little notice)/,
      /rescheduled (?:several|multiple|three|many|a number of) times/,
      /pushy/,
      /kept (?:calling|chasing|emailing)/,
      /profanity/,
      /bad language/,
      /(?:inappropriate|offensive|off-colou?r) (?:comment|joke|remark)s?/,
      /made a joke/,
      /joked about/,
      /raised your voice/,
      /shout\w*/,
      /snapped/,
      /lost your temper/,
      /(?:got|became|seemed) (?:angry|irritated|annoyed|impatient|frustrated)/,
      /(?:gave|giving|gave us) different (?:figures|numbers|answers|dates|accounts|versions)/,
      /contradict\w*/,
      /changed your (?:story|answer)/,
      /(?:too|overly|very|quite) (?:informal|casual|familiar)/,
      // Not an employee let go in a scenario: "you would have dismissed an employee unfairly".
      /dismiss(?:ed|ing)(?! (?:an?|the|that|this) (?:[\w-]+ )?(?:employee|worker|member of staff|staff member|contractor|apprentice|tenant|case|claim|appeal|grievance))/,
      /confrontational/,
      /(?:spoke|talked|speaking|talking) (?:badly|poorly|negatively|critically|disparagingly) (?:about|of)/,
      /red flag/,
      /(?:checked|checking|looked at|looking at|glanced at|glancing at) (?:your |the )?(?:watch|clock|time)/,
      /in a hurry to (?:leave|finish|go)/,
      /yawn\w*/,
      /eye[- ]roll\w*/,
      /roll(?:ed|ing|s)? (?:your|his|her|their) eyes/,
      /sarcas\w*/,
      /(?:did not|never|failed to) (?:follow up|follow-up|respond|reply|get back|send)/,
      /condescending/,
      /patronising/,
      /patronizing/,
      /disrespectful/,
      /aggressive/,
      /hostile/,
      /demanding/,
      /unprofessional/,
      /inappropriate/,
      /swear\w*/,
      /swore/,
      // About people or past employers; negativity about a way of working ("about working with remote colleagues") is fit.
      /(?:spoke|talked|were|was|been|quite|very|overly) (?:\w+ )?negative\w* about(?! (?:working|collaborating|pairing|being|doing|having|the idea)\b)/,
      /negativ\w* (?:about|towards) (?:your )?(?:previous|former|current|last|old|past|ex-?)/,
      /bad[- ]mouth\w*/,
      /blamed/,
      /blaming/,
      /(?:focused|dwelt|dwelled) on what went wrong/,
      /discrepanc\w*/,
      /inconsisten\w* (?:with|between|in) (?:your )?(?:cv|resume|résumé|application|references?|dates|what)/,
      /(?:did not|does not|do not) (?:match|line up with|tally with) (?:what|the|your)[\w\s]{0,30}\b(?:cv|resume|résumé|application|linkedin|references?|record|said|told|gave)/,
      /(?:references?|referees?|background check) (?:did not|does not|do not|could not) (?:back up|support|confirm|match|verify)/,
      /references? (?:raised|flagged|mentioned)/,
      /reliab\w*/,
      /dependab\w*/,
      /trustworth\w*/,
      /integrity/,
      /tone (?:in|of|during) (?:your |the )?(?:interview|email|message|call|follow-up|reply)/,
      /tone came across/,
      /negativ\w* (?:about|towards)(?! (?:working|collaborating|pairing|being|doing|having|the idea)\b)/,
      /overstat\w*/,
      /oversold/,
      /exaggerat\w*/,
      /embellish\w*/,
      /dishonest/,
      /not (?:been )?honest/,
      /not truthful/,
      /lied/,
      /misrepresent\w*/,
      /distracted/,
      /disengaged/,
      /chewing/,
      /eating during/,
      /(?:your |the )?tone (?:in|of) (?:your |the )?(?:email|message|follow-up|reply)/,
      /unresponsive/,
      /(?:did not|never) (?:apologi[sz]e|reply|respond|confirm)/,
      /you claimed/,
      /claimed to (?:have|be)/,
      /(?:your )?(?:references?|referees?) (?:said|told us|indicated|suggested|contradicted|disagreed)/,
      /inconsistent with what you (?:said|told)/,
      /(?:comments|remarks|things you said|jokes) (?:you made )?about (?:your )?(?:former|previous|current|old|ex-)?\s?(?:colleagues|employers?|managers?|boss|team|company|clients)/,
      /(?:did not|do not|does not) (?:quite )?match up/,
      // Lack of interest in the job is motivation (preparation, see its cues); boredom in the room is conduct.
      /(?:seemed|looked|appeared|came across as|were|was) (?:\w+ )?(?:bored|disinterested|disengaged)/,
      /disinterested/,
      /slouch\w*/,
    ),
  ),

  // fit: culture, team, work style, "not the right fit".
  // Convention (settled 7 Dec): a trait of attitude the panel read in the user (arrogant, cocky, over-confident,
  // defensive or argumentative when challenged, abrasive, "the attitude") is fit: DESIGN.md's fit is how someone
  // would be to work with, its communication is delivery (nerves, pace, listening), and its conduct is what was
  // done (lateness, phone, rudeness to someone, bad-mouthing, untruths). So "rude to the receptionist",
  // "condescending to the junior engineer" and "dismissive of an interviewer" stay conduct.
  cue('fit', 'issue', traitOfAttitude),
  cue(
    'fit',
    'issue',
    anyOf(
      /(?:too|very|overly) focused on [\w\s']{1,40}(?:and )?not (?:enough|much|so much) on/,
      // A style closer to the team's: "someone whose style felt more in line with how the team works".
      /(?:style|approach|personality|way of working|manner|temperament|values)\b[\w\s]{0,20}\b(?:more in line with|closer to|more aligned with|better (?:matched|suited) to|a better match for) (?:how|the way|what) (?:the|our|their) (?:team|group|office|company)/,
      /(?:would not|might not|may not|will not|would never|did not think you would|worried you would not) (?:really |particularly )?enjoy (?:the|this|our) (?:role|job|work|position|team|environment|pace)/,
      /(?:hard|difficult|tricky|a challenge) to manage/,
      /(?:pushed|push|pushing|pushes) back on (?:every|everything|each|all|most)/,
      // A liking for structure where the work has none: "you like clear instructions and routine, and this team
      // changes priorities almost daily".
      /(?:like|likes|prefer|prefers|need|needs|want|wants|enjoy|enjoys|thrive (?:on|with)) (?:clear|a lot of|lots of|plenty of|more|firm|set|fixed|detailed) (?:instructions|structure|routines?|direction|guidance|processes|boundaries)/,
      /changes? (?:its |their |our )?(?:priorities|direction|plans) (?:almost |nearly |pretty much )?(?:daily|every day|weekly|every week|constantly|all the time)/,
      // A profile named no further (DESIGN.md's "different profile"): "someone with a different skill set".
      /(?:different|another) (?:skill ?set|skills? mix|mix of skills|kind of (?:candidate|person|profile)|type of (?:candidate|person|profile))/,
      // The verdict without a reason: "they just did not feel it was right".
      /(?:did not|do not|does not) (?:feel|think) (?:it|this|you) (?:was|were|is|are|would be) (?:quite |entirely )?right\b(?! (?:for (?:the|this) (?:salary|money|pay)))/,
      /(?:clicked|gelled|connected|bonded|got on) (?:better |more |best )?with/,
      /(?:struggle|cope|keep up|adjust|adapt) (?:with|to) (?:the|our) (?:pace|speed|tempo|cadence)/,
      /not (?:the |quite the )?(?:right|correct|ideal) profile/,
      /wants? to (?:be a manager|manage|lead|do strategy|move into management)[\w\s]{0,30}(?:rather than|instead of|not) [\w\s]{0,30}(?:do|doing|hands-on|build|the work)/,
      /(?:not|never) (?:[\w']+ ){0,4}(?:gel|mesh|click|fit in)\b/,
      /(?:leadership|management|working|work|managing) style (?:was |is |seemed |felt )?(?:\w+ ){0,2}(?:more|less|too|different|at odds|not)/,
      /(?:than|from what) (?:they are|we are|the team is|they're|we're) used to/,
      /(?:not|never) (?:[\w']+ ){0,4}(?:comfortable|happy|thrive|enjoy|at home|suited) (?:in|with) (?:such |so )?(?:a |an |the |our |that |this )?(?:[\w-]+ ){0,2}(?:environment|culture|setting|organi[sz]ation|pace)/,
      // Good somewhere, only not here: "you'd be brilliant somewhere, just not here".
      /(?:somewhere|elsewhere|another (?:team|company|place))(?: else)?,? (?:just |but |only )?not (?:here|with us|for us|at \w+)/,
      // "(So) it isn't a match" only sums up the reason before it; "this one isn't a match" is the reason.
      /(?<!^(?:so |and )?(?:unfortunately,? )?(?:it|that) is )not (?:going to be )?(?:a|the right|quite the right|a good|the best) match/,
      /more of an? [\w\s-]{2,30} (?:at heart|by nature|by temperament)/,
      /comfortable with (?:\w+ )?(?:less|little|no|more|a lot of|lots of) (?:structure|ambiguity|process|autonomy)/,
      /wear (?:many|multiple|lots of|a lot of|several|different) hats/,
      // A work style too far from the employer's: "a bit too corporate for a ten-person start-up".
      /too (?:corporate|formal|informal|casual|structured|process-driven|laid-back|relaxed|academic|big-company|hierarchical|traditional|cautious|risk-averse) (?:\w+ ){0,3}for (?:a|an|the|our|us|this|that|what)\b/,
      // "Didn't fit the level of the role" measures the level (experience, below), not the fit.
      /(?:not|never|no|nor) (?:quite |really |exactly |necessarily )?(?:the |a |an )?(?:right |good |great |strong |perfect |natural |ideal |best )?(?:cultural |culture |team |personality |values )?fit(?! (?:the |our |this )?(?:level|seniority|grade|scale|size)\b)/,
      /not fit/,
      /(?:better|stronger|best) fit (?:for|with|elsewhere|in|at)/,
      // Praise that sends the user elsewhere: "you'd be a fantastic fit in a bigger marketing team".
      /(?:more effective|happier|better|stronger|more at home|more comfortable) in an? (?:[\w-]+ ){1,3}(?:role|job|position|team) than (?:in )?(?:an?|the|this)\b/,
      /(?:be|make) an? (?:\w+ )?fit (?:in|at|for|with) (?:a|an) (?:bigger|smaller|larger|different|more|less|another|other)\b/,
      /fit (?:better|elsewhere)/,
      /(?:cultural|culture|team) fit/,
      /different (?:profile|direction)/,
      /another direction/,
      /(?:went|go|going|gone) (?:a|in a) different (?:way|direction)/,
      /(?:go|went|going|gone) (?:another|a different|a new) way/,
      /(?:a |in a )?new direction/,
      /thrive(?: more| better)? (?:in|at|somewhere|elsewhere)/,
      /(?:fast-moving|fast-paced|unstructured|structured|corporate|startup|start-up|scrappy|ambiguous) (?:environment|culture|setting|team)/,
      /(?:you|you would|you'd) be a (?:better|good|great|stronger) (?:match|fit) for/,
      /(?:better|good|great) match for (?:a|an) (?:team|company|business|organi[sz]ation|environment|place)/,
      /different (?:from|to) what (?:we|they|the client) (?:had in mind|were looking for|are looking for|need|needed)/,
      /not what (?:we|they) had in mind/,
      // Not what the employer's side wanted, whoever says it: "you weren't quite what they were looking for",
      // "not what the practice is after", "not who the client had in mind".
      /(?:not|(?:do|did|does) not (?:think|feel|believe|reckon) (?:that )?(?:you|it|this|they|he|she) (?:are|were|was|is|would be|will be)) (?:quite |exactly |really |entirely |necessarily |completely )?(?:what|who) (?:we|they|he|she|i|the [\w-]+(?: [\w-]+)?|our [\w-]+) (?:[\w']+ ){0,2}?(?:looking for|need|needed|needs|want|wanted|wants|after|had in mind|have in mind|envisaged|envisioned|pictured|require|required|requires)/,
      // "We don't think this is the right opportunity for you": a negated right match between the user and the job.
      /(?:not|never)\b(?: [\w']+){0,4} (?:the |a )?(?:right|best|ideal) (?:opportunity|role|position|job|move|step|place|environment|company|team|match|home)(?: for you| at this (?:time|point|stage)|$)/,
      // "We didn't feel you were the right person for this particular role": a negated right match, said of a person.
      /(?:not|never)\b(?: [\w']+){0,4} (?:the |a )?(?:right|ideal) (?:person|candidate|one|hire) for (?:this|the|our|that|us)\b/,
      /(?:better|more|best) suited (?:to|for)(?! (?:a |an )?(?:more )?(?:junior|senior|mid|entry|lead))(?! (?:a |an )?(?:[\w-]+ ){0,3}(?:role|position|post|job) (?:than|rather than|instead of) (?:a |an )?(?:[\w-]+ ){0,3}(?:director|head|manager|lead|senior|principal|chief|vp|partner|executive|coordinator|assistant|officer))/,
      /many hats/,
      /narrowly defined/,
      /(?:the |a )?(?:right|good|great|perfect|natural) match/,
      /different approach/,
      /(?:happier|better off) (?:in|at|with|somewhere)/,
      // Ill at ease with the way of working: "didn't seem comfortable with the idea of working in a very small team".
      /(?:not|never|un)(?: (?:seem|seemed|appear|appeared|sound|sounded|look|looked)(?: to be)?| really| entirely| fully| quite)? ?(?:comfortable|at ease|keen|happy) (?:with|about) (?:the idea of |the prospect of |the thought of )?(?:working|being|doing|having|sharing|covering|travelling|managing|joining)\b/,
      // A job wanted with more of something than this one has: "a role with much more creative freedom than this one".
      /(?:want|wanted|wanting|looking for|after|need|needed|prefer\w*) (?:a |an )?(?:role|job|position|post|team|environment|place|setting|somewhere) (?:with|that (?:offers|gives|has)) (?:much |far |a lot |a great deal |rather |a bit )?(?:more|less) (?:[\w-]+ ){0,2}(?:freedom|autonomy|flexibility|variety|structure|independence|creativity|creative control|routine|stability|support|direction|guidance|challenge) than\b/,
      /enjoy the pace/,
      /not (?:quite |exactly |really )?what (?:we|they) (?:need|want|are after|were after|had in mind)/,
      /(?:more of a|too much of a) (?:specialist|generalist|corporate person|startup person)/,
      /(?:looking for|need|want) a (?:generalist|specialist)/,
      /(?:did not|never) (?:really |quite )?(?:click|connect|gel|mesh)/,
      // Rapport, not the subject: "no real chemistry with the team", not "a PhD in computational chemistry".
      /(?:no|lack of|little|any|much|the right|personal|team|real|good|great|enough|some|the) chemistry(?! (?:degree|phd|background|department|teacher|lab|graduate|set|a-level))/,
      /people person/,
      /(?:rigid|inflexible|set in (?:your|their|his|her) ways|fixed in (?:your|their|his|her) ways)/,
      // Liked, only not for this job: "we liked you, just not for this role".
      /(?:just|only|simply|but) not (?:for|with|in) (?:this|the|that|our) (?:role|job|position|team|post|opening)/,
      /(?:negative|unenthusiastic|lukewarm|reluctant|hesitant|uneasy|wary|sceptical|skeptical) (?:about|towards|of) (?:working|collaborating|pairing) (?:with|in|on|alongside|from)\b/,
      /team dynamics?/,
      // Personality wanted to come through is presence (communication, below), not the person found a poor fit.
      /personality(?! (?:to )?(?:come|came|coming|shine|shone|shining|show|showing) (?:through|out))(?<!(?:see|seen|hear|get|show|shown) (?:a bit |a little |much |even )?more of (?:your|the) personality)/,
      /mindset/,
      /(?:ways?|style) of working/,
      /ethos/,
      /philosophy/,
      /(?:you|he|she) (?:seemed to |appeared to )?(?:want|prefer|expect)(?:ed)? (?:a|an) (?:narrow\w*|more|less|different|specific)/,
      /(?:more|better) (?:comfortable|at home|happy) (?:in|at|with)/,
      /would suit (?:a|an|someone|you)/,
      /(?:not|never) (?:\w+ )?(?:gel|mesh|click|suit|fit in|fit with|align)/,
      /wouldn't suit/,
      /(?:working|work|personal|management) style/,
      /team player/,
      /culture/,
      /cultural(?:ly)?/,
      /not (?:a )?(?:good )?match for (?:the|our) (?:team|culture)/,
      /not aligned/,
      /alignment/,
      /(?<!before )work(?:ing)? (?:alone|independently|on your own)/,
      /prefer(?:red|ring)? to work/,
      // A dislike of the work itself: "you don't enjoy working with numbers", "you didn't like the sales side".
      /(?:you|he|she|who) (?:\w+ )?(?:do not|does not|did not|never|would not) (?:really |particularly |much |especially )?(?:enjoy|like|love) (?:working|doing|being|dealing|handling|the (?:[\w-]+ )?(?:side|part|work|aspect))\b/,
      /(?:part|side|aspect|bit)s? (?:of (?:the )?[\w\s-]{1,20} )?(?:you|he|she) (?:liked|enjoyed|like|enjoy) (?:the )?least/,
      /(?:you|he|she) (?:\w+ )?(?:hate|hated|hates|dislike|disliked|dislikes|can not stand|could not stand|detest\w*) ['"]?(?:[\w-]+ )?(?:conflict|confrontation|pressure|change|ambiguity|routine|targets|selling|[\w-]+ing|the (?:[\w-]+ )?(?:side|part|work|aspect))\b/,
      // A direction the user wants, which the job is not: "you clearly want to move into strategy".
      /(?<!(?:why|sure|whether|if|convinced|certain|doubt|doubted|wondered) )(?:you|he|she) (?:clearly |obviously |evidently |understandably )?(?:want|wants|wanted|are keen|were keen|are looking|were looking|hope|hoped|are hoping|were hoping) to (?:move|get|go|step|transition|switch|progress|branch) (?:in)?to\b/,
      // A stated preference about the work: "you'd prefer to focus only on grant writing", "you'd rather be teaching".
      // (Rather be doing "something else" is motivation, preparation.)
      /(?:you|he|she|who)(?:'d| would)(?: \w+)? (?:prefer|rather|sooner) (?:to )?(?:focus|stick|concentrate|speciali[sz]e|stay|keep|avoid|only|just|be|do|work|spend|move)\b(?! (?:\w+ )?(?:something|anything|somewhere|anywhere) else| elsewhere)/,
      /(?:prefer(?:red|ring|s)?|happier|keener) (?:to )?(?:focus|stick|concentrate|speciali[sz]e|avoid) (?:only |mainly |mostly |just )?(?:on|to|in|with)\b/,
      /thrive on/,
      /not what (?:this|the) role is/,
      /(?:go|went|going|gone) (?:a|another|in a) (?:different|new) (?:route|path)/,
      /(?:did not|never) (?:feel|have|make|build|form) (?:a|much|any|the|a real) connection/,
      /(?:no|lack of|little) connection/,
      /better (?:placed|matched)/,
      /(?:hierarchical|flat|matrix|corporate|rigid) (?:structure|organi[sz]ation|culture|environment)/,
      // The way the user works against the place: "you said you need a quiet space to work", "you'd struggle to focus
      // in an open-plan office".
      /(?:said|told us|mentioned|explained) (?:that )?you (?:need|needed|prefer|preferred|like|want|wanted|work best in) (?:a |an )?(?:very )?(?:quiet|calm|private|silent|structured|flexible|remote|small|stable|predictable) (?:space|environment|office|place|setting|room|team|workplace)/,
      /(?:would|'d|might|will) (?:struggle|find it hard|find it difficult) to (?:focus|concentrate|settle|adapt|fit in)\b/,
      // The place found too quiet or too busy: "you'd find the office environment too quiet after busy hotels".
      /(?:find|found) (?:our|the|a|an|this) [\w\s-]{0,40}\btoo (?:quiet|slow|dull|busy|hectic|fast-paced|corporate|formal|informal|small|big|structured|unstructured|repetitive|routine|isolated|solitary)\b/,
      // A job of a size found limiting is over-qualification (experience, below), the way of working is fit.
      /(?:find|found) (?:our|the|a|an|this) (?![\w\s-]{0,30}\b(?:role|job|position|post)s? (?:limiting|constraining)\b)[\w\s-]{0,30}\b(?:frustrating|restrictive|stifling|limiting|constraining)/,
      /more of an? (?:\w+ )?(?:strategist|doer|thinker|builder|operator|maker|executor|visionary|specialist|generalist|people person)/,
      /(?:role|job|position) (?:was not|is not|was n't) (?:quite |really )?(?:right|the right one|a good match) for you/,
      /(?:not|never) (?:quite |really )?right for you/,
    ),
  ),

  cue(
    'fit',
    'topic',
    /\b(?:right|good|great|strong|perfect|natural|ideal|best|the) fit\b|\bfit (?:in|with) (?:the|our)\b/,
  ),

  // competition: someone else, close call.
  cue(
    'competition',
    'event',
    anyOf(
      /close (?:call|decision|race|second|run thing)/,
      // The field judged, not the user: "the shortlist was extremely strong", "the margins were tiny".
      /(?:shortlist|field|competition|pool|other (?:candidates|applicants|finalists)|standard of (?:candidates|applicants|applications)) (?:was|were|is|are) (?:\w+ )?(?:strong|high|tough|stiff|fierce|exceptional|very good|excellent)/,
      /margins? (?:was|were|is|are)? ?(?:\w+ )?(?:tiny|small|narrow|fine|wafer[- ]thin|razor[- ]thin|slim)/,
      // A near miss: "you were not far off", "just missed out".
      /(?:were|was|are|not) (?:really |that |very )?(?:not )?far (?:off|behind)(?! (?:the mark|what we))/,
      /(?:just|narrowly|only just) missed out/,
      /missed out (?:only |very |just )?(?:narrowly|by a whisker|by a hair|by a point|by a few points)/,
      // A close decision, not a close-knit team: "the staff team is very close".
      /(?<!(?:team|staff|group|family|colleagues|department|people|we|they|crew|unit)(?: \w+){0,2} )(?:very|really|incredibly|extremely|so|super|too) close\b(?! (?:to|attention|eye|with|contact|look|knit|-knit|team|group|family))/,
      // Not a distance: "it was close to your home".
      /it was close(?! to| by)/,
      /came down to (?:you and|two|one other|a choice|between|the final)/,
      // Not "the chemistry between you and the founders".
      /between you and (?:one|another|two|the (?:other|successful|final|chosen|eventual))/,
      /runner[- ]up/,
      /second choice/,
      /second place/,
      /narrowly (?:missed|beaten|pipped|lost|edged|ahead|behind|out)/,
      /pipped/,
      /edged (?:it|ahead|you)/,
      /(?:stronger|more experienced|better[- ]qualified) (?:candidates|applicants|field|shortlist)/,
      /strong (?:shortlist|field|pool|competition)/,
      /(?:many|number of|lot of|several|so many) (?:strong|excellent|great|qualified|exceptional) (?:candidates|applicants|people)/,
      /(?:closer|closest) (?:match|alignment)/,
      /(?:high|very high|exceptional|excellent|outstanding)[- ](?:quality|calibre|caliber) (?:applications|candidates|applicants|field|shortlist)/,
      /(?:hard|tough|difficult) (?:decision|choice|call)/,
      /numbers game/,
      /made (?:an|the) offer/,
      /offer (?:has been|was|had been) accepted/,
      /(?:could|might) have gone either way/,
      /neck and neck/,
      /fine margins?/,
      /(?:very|highly|extremely|incredibly|really) competitive/,
      /competitive (?:field|process|pool|round|shortlist)/,
      /finalists?/,
      /final (?:two|three|four)/,
      /(?:more )?closely (?:match\w*|align\w*)/,
      /stand out (?:from|against|amongst|among)/,
      /compared (?:to|with) (?:the )?other/,
      /only (?:one|a single) (?:role|position|opening|place|vacancy|spot|offer)/,
      /one opening/,
      /filled (?:the |this |that )?(?:role|position|vacancy|post|job)/,
      /(?:role|position|vacancy|post|job) (?:has been|was|is now|is) filled/,
      /offered (?:the |this )?(?:role|position|job|post) to/,
      /gone with/,
      /went with/,
      /go with/,
      /going with/,
      /more suitable (?:candidates?|applicants?|people|profiles)/,
      /(?:strength|quality|calibre|caliber|standard|depth) (?:and (?:depth|quality|strength) )?of (?:the )?(?:field|shortlist|competition|other (?:candidates|applicants)|candidates|applicants|applications)/,
      /better candidate/,
      /internal(?:ly)? (?:candidate|applicant|promotion|hire|move|transfer|appointment|secondment|redeployment)/,
      /hire internally/,
      /filled internally/,
      // The post given to the one already covering it: "a colleague who has been acting up in it for six months".
      /(?:colleague|member of (?:the |our )?(?:staff|team)|internal candidate|someone (?:in|on|from) (?:the|our) team) who (?:has|had) been (?:acting up|acting|covering|doing the (?:role|job)|filling in)\b/,
      /promoted internally/,
      /recruit internally/,
      /(?:fill|filled|filling|hire|hired|hiring|recruit|recruited|promote|promoted|appoint|appointed)\b[\w\s]{0,20}\binternally/,
      /colleague who (?:was|is) already/,
      /(?:role|job|position|post|vacancy) (?:was|has been|had been|is being) (?:given|offered) to (?:a|an|one of our|our) (?:colleague|existing|current|internal|team member|member of)/,
      /(?:went|gone|given|offered|appointed) to (?:a|an|one of our|our) (?:current|existing) (?:member of staff|staff member|employee|team member|colleague)/,
      /(?:filled|fill|gone|went|given|offered) (?:the (?:role|post|position|job|vacancy) )?(?:with|to) (?:a|an) (?:secondee|internal (?:person|secondee|colleague))/,
      /transferr?\w* (?:someone|somebody|a colleague|an employee|a member of staff|one of (?:our|their) \w+) (?:over |across |in )?from/,
      // An insider named by their place: "given to one of our graduate trainees", "promote the deputy into the role".
      /(?:given|offered|gone|went|appointed|promot\w*|moved) (?:to |into )?(?:one of (?:our|their)|our|their|the) (?:own )?(?:[\w-]+ )?(?:trainees|graduates|deputy|apprentices|associates|analysts|juniors)\b/,
      /already (?:in|on|part of) (?:the|our) team/,
      /someone internal/,
      /internal (?:person|hire|applicant)/,
      /former employee/,
      /ex-employee/,
      /from within (?:the|our) (?:team|company|business|organi[sz]ation|department)/,
      /in-house candidate/,
      /existing (?:team member|employee|member of staff|staff member|colleague)/,
      /(?:keep|kept|keeping) (?:the work|it|the role|this) in-house/,
      /current employee/,
      /employee from (?:another|a different) (?:department|team)/,
      /(?:moved|transferred|redeployed) (?:in)?to the (?:role|position)/,
      /internal transfer/,
      /already (?:working )?(?:in|on|part of|with) (?:the|our) team/,
      /(?:from|within) (?:the|our) (?:existing|current|own) team/,
      /existing team/,
    ),
  ),

  // role_change: the role itself changed.
  cue(
    'role_change',
    'event',
    anyOf(
      // No one can be taken on at all: "the nursery is reducing its numbers and cannot take on new staff".
      /(?<!(?:you|he|she) )(?:can not|cannot|could not|unable to|not able to|no longer able to|not in a position to) (?:take on|hire|recruit|employ|add|bring in) (?:any )?(?:new |more |additional |extra |further )?(?:staff|people|employees|hires|headcount|team members|colleagues)\b/,
      // The post re-graded: "decided to recruit at a lower grade".
      /(?:recruit|hire|advertise|re-?advertise|fill)\w* (?:the (?:role|post|position) )?at a (?:lower|higher|different|more junior|more senior) (?:grade|level|band)/,
      /(?:role|post|position) (?:has been|was|is being|will be) (?:re-?graded|downgraded|down-?banded|re-?banded)/,
      /(?:changed|changing|change) (?:his|her|their|its|our|the client's) mind about (?:the|this) (?:role|position|hire|hiring|vacancy)/,
      /(?:role|position|job|vacancy) (?:has |had )?(?:changed|evolved|been redefined|been rescoped|been re-scoped|been reshaped)/,
      /(?:scope|remit|brief) (?:of (?:the|this) (?:role|position|job) )?(?:has |had )?(?:grown|changed|expanded|shrunk|narrowed|widened|increased)/,
      /(?:reviews?|reviewing|reconsider\w*|assess\w*|decid\w*) whether (?:the|this|they|we) (?:role|position|vacancy|hire|still need) (?:is |are )?(?:still )?(?:needed|required|necessary|going ahead|the role)?/,
      /not (?:progressing|moving forward with|hiring|taking forward) any (?:candidates|applicants|one|body)/,
      /(?:move|moving|moved|relocat\w*|transfer\w*|shift\w*) the (?:role|position|job|post|vacancy|team|hiring) (?:to|overseas|offshore|abroad)\b/,
      /(?:candidates|applicants|everyone) (?:have |has )?(?:been )?stood down/,
      /(?:need|want|hire|go with|use|bring in) (?:a |an )?(?:contractor|freelancer|interim|temp|consultant) (?:rather than|instead of) (?:a )?(?:permanent|perm|full-time)/,
      /on hold/,
      /paus(?:e|ed|ing) (?:the |our |all |any )?(?:recruitment|hiring|search|process|role|position|vacancy|campaign)/,
      /(?:recruitment|hiring|search|process|role|position|vacancy|req|campaign) (?:has been |had been |was |is |are |were )?paused/,
      /put on ice/,
      /on ice/,
      /(?:put|placed|is|are) on pause/,
      /from within (?:the|our) (?:team|company|business|organi[sz]ation|department)/,
      /in-house candidate/,
      /(?:role|post|position|job|vacancy) (?:will not|would not|is not going to|is no longer going to) (?:now )?be (?:created|going ahead|happening|opened|advertised)/,
      /cancell?ed/,
      /cancell?ing/,
      /withdrawn/,
      /pull(?:ed|ing)? (?:the|this) (?:role|position|vacancy|req)/,
      /(?:role|position|vacancy|req|requisition|hiring|project|search) (?:has |had |was |is |have )?(?:been )?(?:shelved|scrapped|parked|mothballed)/,
      /(?:have|has|had|'ve) (?:now |since |just )?(?:shelved|scrapped|mothballed|axed) (?:it|the (?:role|post|position|vacancy|job|hire|recruitment))/,
      /(?:could not|did not|can not|cannot|never) (?:\w+ )?agree (?:on )?(?:the |a )?budget/,
      /(?:hiring|recruitment|headcount) (?:freeze|is frozen|has been frozen|was frozen|pause|has been paused|budget)/,
      /freeze (?:on )?(?:hiring|recruitment|headcount)/,
      /(?:hiring|headcount|budget|role|position|recruitment|vacancy) (?:is |was |has been |had been )?frozen/,
      /freeze hiring/,
      // A restructure that happened, not one the job handles ("cover everything from payroll queries to restructures").
      /(?<!\b(?:from [\w\s,-]{0,40} to|support\w*|manag\w*|lead\w*|led|handl\w*|deliver\w*|ran|run\w*|drove|driv\w*|oversaw|oversee\w*|advis\w*|through|of|with|on|in|complex|large|major) )restructur\w*/,
      /re-?organi[sz]\w*/,
      /reorg/,
      /merg(?:ed|ing) (?:into|with)/,
      /headcount/,
      /funding (?:round )?(?:fell|fall|did not|was not|has not)/,
      /budget (?:was |has been |had been )?(?:cut|cuts|changes?|freeze|frozen|constraints?|reductions?|pulled|withdrawn|approved|approval|reasons|was not approved|not approved)/,
      /(?:due to|because of) (?:budget|funding|financial)/,
      /budget\b[\w\s]{0,20}\b(?:cut|cuts|frozen|pulled|withdrawn|removed|reduced|slashed|not approved)/,
      /(?:came down to|due to|because of|about) (?:the )?(?:timing|budget|funding|headcount)/,
      /timing and budget/,
      /(?:did not|do not|does not) have the budget/,
      /no (?:longer )?(?:budget|funding)/,
      /decided not to (?:fill|hire|recruit|go ahead with)/,
      /not (?:to )?(?:fill|hire for) (?:the|this) role/,
      /no longer (?:exists|available|open|needed|hiring|recruiting|going ahead|required)/,
      /not (?:currently )?hiring/,
      /stopped hiring/,
      /internal(?:ly)? (?:candidate|applicant|promotion|hire|move|transfer|appointment|secondment|redeployment)/,
      /hire internally/,
      /filled internally/,
      // The post given to the one already covering it: "a colleague who has been acting up in it for six months".
      /(?:colleague|member of (?:the |our )?(?:staff|team)|internal candidate|someone (?:in|on|from) (?:the|our) team) who (?:has|had) been (?:acting up|acting|covering|doing the (?:role|job)|filling in)\b/,
      /promoted internally/,
      /recruit internally/,
      /(?:fill|filled|filling|hire|hired|hiring|recruit|recruited|promote|promoted|appoint|appointed)\b[\w\s]{0,20}\binternally/,
      /colleague who (?:was|is) already/,
      /already (?:in|on|part of) (?:the|our) team/,
      /internal promotion/,
      /(?:hire|hired|hiring|fill|filled|appoint|appointed|promote|promoted|recruit|recruited)\b[\w\s]{0,20}\binternally/,
      /eliminated/,
      /(?:froze|frozen|freezing|paused|stopped|halted|suspended) (?:all |any |our |its |their )?(?:[\w-]+ ){0,3}?(?:recruitment|hiring|headcount|new hires)/,
      /(?:given|offered|gave) (?:the role|it|the job|the position) to (?:a|an|one of our) (?:colleague|existing|current|internal|team member)/,
      /(?:role|job|position|post|vacancy) (?:was|has been|had been|is being) (?:given|offered) to (?:a|an|one of our|our) (?:colleague|existing|current|internal|team member|member of)/,
      /(?:went|gone|given|offered|appointed) to (?:a|an|one of our|our) (?:current|existing) (?:member of staff|staff member|employee|team member|colleague)/,
      /(?:filled|fill|gone|went|given|offered) (?:the (?:role|post|position|job|vacancy) )?(?:with|to) (?:a|an) (?:secondee|internal (?:person|secondee|colleague))/,
      /transferr?\w* (?:someone|somebody|a colleague|an employee|a member of staff|one of (?:our|their) \w+) (?:over |across |in )?from/,
      // An insider named by their place: "given to one of our graduate trainees", "promote the deputy into the role".
      /(?:given|offered|gone|went|appointed|promot\w*|moved) (?:to |into )?(?:one of (?:our|their)|our|their|the) (?:own )?(?:[\w-]+ )?(?:trainees|graduates|deputy|apprentices|associates|analysts|juniors)\b/,
      /colleague who (?:was|is) already/,
      /already (?:in|on|part of) (?:the|our) team/,
      /(?:change|shift) (?:in|of) (?:strategy|direction|plans)/,
      /someone internal/,
      /internal (?:person|hire|applicant)/,
      /former employee/,
      /ex-employee/,
      /boomerang/,
      /(?:close|closed|closing|pulled|removed|withdrew|withdrawn) (?:the |this |that )?(?:role|position|req|requisition|vacancy|opening|post)/,
      /review (?:of )?(?:the |our )?(?:team's |team |department's |company's )?structure/,
      /used to work (?:there|here|for (?:us|them|the company))/,
      /(?:role|position|req|requisition|vacancy|opening|post) (?:has been |was |is |got )?(?:closed|pulled|removed)/,
      /(?:project|contract|client|account|programme|program) (?:was |has been |had been |got )?(?:cancell?ed|lost|pulled|ended|scrapped|shelved)/,
      /lost the (?:contract|client|funding|project|account)/,
      /business needs/,
      /(?:following|after|due to|because of) (?:the |an? |our )?(?:acquisition|merger|takeover|funding round|round of layoffs)/,
      /downsiz\w*/,
      /cost[- ]cutting/,
      /cost savings/,
      /disband\w*/,
      /outsourc\w*/,
      /re-?advertis\w*/,
      /regrad\w*/,
      /downgrad\w*/,
      /re-?(?:evaluat|assess)\w* (?:the|this) (?:role|position|need)/,
      /reassess\w* our (?:roadmap|needs|plans|priorities|hiring)/,
      /not going ahead/,
      /no longer going ahead/,
      /not (?:to )?go ahead with (?:the|this) (?:hire|role|position)/,
      /(?:budget|headcount|funding|req|requisition)\b[\w\s]{0,20}\b(?:reallocat\w*|moved|redirected|diverted|repurposed|transferred)/,
      /existing (?:team member|employee|member of staff|staff member|colleague)/,
      /(?:keep|kept|keeping) (?:the work|it|the role|this) in-house/,
      /current employee/,
      /changed the (?:brief|scope|spec|requirements|job description)/,
      /(?:brief|scope|spec|requirements) (?:changed|has changed|shifted)/,
      /mid-process/,
      /re-?scoped/,
      /redefined the role/,
      /not (?:to )?(?:fill|hire for|recruit for|proceed with) (?:the|this|that) (?:role|position|vacancy|post|job|opening)/,
      /to not fill/,
      /(?:role|position|job|vacancy|post|req) (?:was |has been |got |is being )?(?:cut|scrapped|axed|removed|closed|dropped|killed)/,
      /layoffs?/,
      /laid off/,
      /redundanc\w*/,
      /(?:company-wide|company wide|org-wide) (?:reduction|cuts|changes)/,
      /reduction in force/,
      /not (?:to )?(?:hire|recruit) (?:anyone|anybody|this year|for now)/,
      /(?:hiring manager|team lead|manager) (?:has )?(?:left|resigned|moved on)/,
      /(?:change|shift) (?:in|of) (?:business )?(?:priorities|direction|strategy)/,
      /scope of the role (?:has )?changed/,
      /role (?:has )?changed/,
      /(?:right|wrong) time (?:for us )?to hire/,
      /not the right time/,
      /might come back/,
      /reopens?/,
      /re-?open(?:ed)?/,
      /employee from (?:another|a different) (?:department|team)/,
      /(?:moved|transferred|redeployed) (?:in)?to the (?:role|position)/,
      // "Move someone across from the data team into the role": an internal transfer.
      /(?:move|moving|moved|bring|bringing|brought|transfer\w*|redeploy\w*) (?:someone|somebody|a colleague|an employee|one of (?:our|their|the) (?:own |existing )?\w+) (?:across |over |in )?(?:from [\w\s-]{1,30} )?(?:in)?to the (?:role|position|job|post)/,
      /redeploy\w*/,
      /internal transfer/,
      /stop(?:ped)? (?:recruiting|hiring)/,
      /(?:change|changes) (?:in|of) leadership/,
      /new leadership/,
      /leadership change/,
      /already (?:working )?(?:in|on|part of|with) (?:the|our) team/,
      /withdraw(?:ing)? (?:the|this|that) (?:vacancy|role|position|post|opening)/,
      /funding[\w\s]{0,25}\b(?:not come through|fell through|not been approved|not approved|dried up|was cut|been cut|pulled)/,
      /(?:from|within) (?:the|our) (?:existing|current|own) team/,
      /existing team/,
      /budget (?:has |had )?(?:disappeared|vanished|evaporated|gone|went away|dried up)/,
    ),
  ),

  // logistics: a mismatch of terms, not a weakness.
  // Named per mismatch, so the specific says which term did not fit.
  cue(
    'logistics',
    'event',
    anyOf(
      /(?:to be|must be|need to be|needs to be|required to be) (?:based|located|resident|living) (?:in|within|near)/,
      /(?:who|you|they|he|she) (?:already )?(?:lives?|is based|are based|was based|were based|is located) (?:in|near|within)/,
      /(?:planning|plan|want|wanted|intend|intending) to (?:stay|remain|live) in/,
    ),
    'location and on-site days',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /(?:amount of|lot of|much|regular|weekly|international|constant) travel/,
      /(?:weeks?|days?|nights?) a (?:month|week) (?:on the road|away|travelling|traveling)/,
      /on the road/,
    ),
    'travel',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /(?:available|able to start|able to join|start|join) (?:soonest|sooner|earliest|first|quickest|fastest)/,
      /(?:give|giving|serve|serving|on) (?:\w+ )?(?:months?|weeks?)'? notice/,
    ),
    'start date',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /(?:came down to|because of|due to|about) (?:the )?(?:cost|price|day rate|rate|money)/,
      /asking for (?:less|more|a lower|a higher|too much|a lot more)/,
      // Pay as an amount; anyOf wraps each pattern in \b, so they start at a word and end on a digit or "k".
      /\d[\d,.]*k? (?:base|salary|package|per annum|a year|p\.?a|ote|day rate|an hour|per hour|total comp)/,
      /(?:offer|pay|go|budget|afford|stretch|tops? out|capped|cap) (?:more than|above|beyond|over|up to|to|at) [$£€]?\s?\d[\d,.]*k?/,
      /(?:consider|accept|take|go|asked for|wanted|want|looking for|expecting|expected) (?:anything |an offer |a salary |a package )?(?:under |below |less than |of |around |over )?[$£€]\s?\d[\d,.]*k?/,
      /salary/,
      /salaries/,
      /pay/,
      /package/,
      /compensation/,
      /remuneration/,
      /day rate/,
      /rate expectations/,
      /salary band/,
      /pay band/,
      /pay range/,
      /compensation range/,
      /equity/,
      /(?:hourly|daily|contract|your|day) rate/,
      /fees?/,
      /(?:above|over|more than|exceed\w*|outside|beyond|double)[\w\s]{0,15}\b(?:budget|range|band|bracket)/,
      /(?:above|over|outside|beyond|exceeds?|exceeded) (?:our |the |what we |their )?(?:budget|range|band|bracket)/,
      /match your (?:current )?(?:package|salary|expectations)/,
      /(?:too|very|quite|rather) expensive/,
      /(?:cost|costs) too much/,
      /(?:rate|price|fee) (?:was |is )?too high/,
      // Sums set against each other in notes: "wants 65k, budget is 52k".
      /(?:wants?|wanted|asking|asked for|expects?|expected|expecting|budget(?: is| was| of)?|range(?: is| was| of)?|max(?:imum)?|capped at|offering|paying)\s+(?:about |around |circa |c\. ?|at least |only )?[£$€]?\d+(?:[.,]\d+)?\s?k\b/,
    ),
    'salary expectations',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /visas?/,
      // A person backing a hire or project ("the partner who was sponsoring this hire", "the executive sponsor") is
      // no visa sponsor.
      /(?<!(?:who|that) (?:was|is|had been|has been) |(?:executive|project|programme|business|internal) )sponsor\w*(?! (?:of )?(?:this|the|that|our) (?:hire|hiring|search|project|programme|program|initiative)\b)/,
      /right to work/,
      /work permit/,
      /work authori[sz]ation/,
      /eligib\w* to work/,
      /work eligibility/,
      /lmia/,
      /h-?1b/,
      /green card/,
      /citizenship/,
      /permanent resident\w*/,
      /residency/,
    ),
    'visa sponsorship',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /relocat\w*/,
      /commut\w*/,
      /on-?site/,
      /in the office/,
      /office[- ]based/,
      /(?:days|times) (?:a|per) week in/,
      /time ?zones?/,
      /return to office/,
      /office attendance/,
      /too far/,
      /distance from/,
      /in-person/,
      /hybrid/,
      /fully remote/,
      /remote (?:work|working|only|role|position|setup|set-up|arrangement|option|first)/,
      /work(?:ing)? remotely/,
      /stay remote/,
      /work remotely/,
      /based in/,
      /location/,
      // Not a tier of government or a network: "contacts in local government", "local authorities".
      /local(?! (?:government|authorit\w*|councils?|knowledge|contacts|press|news|media|community|communities|schools?|businesses|charities|partners|networks?|elections?|history|area knowledge))/,
    ),
    'location and on-site days',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:travel (?:across|to|\d|required|requirement|more|is)|(?:could not|can not|unable to|not able to) travel|\d+% travel|travelling|traveling|overnight travel|travel (?:most|every|each) (?:week|month)|frequent travel|involves? (?:a lot of |regular |frequent )?travel\w*)\b/,
    'travel',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /notice period/,
      /start (?:date|immediately|sooner|earlier|straight away|right away|in (?:january|february|march|april|may|june|july|august|september|october|november|december))/,
      /could start/,
      /can start/,
      /available to start/,
      /availability/,
      /(?:could|can|would) only start/,
      /start (?:after|before|until|from|next|no earlier)/,
      /earliest start/,
    ),
    'start date',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      // A pattern of work the user could not take on: "you can't commit to the rotation".
      /(?:can not|could not|unable to|not able to|not willing to|unwilling to|would not|will not|not ready to|reluctant to|hesitant to) commit to (?:the |a |an |our |that |this )?(?:[\w-]+ )?(?:rotation|rota|hours|shifts?|shift pattern|schedule|on-call|weekends|nights|evenings|hitch|roster|timetable)\b/,
      // A trial shift is an assessment, not the hours worked; shifts counted as done are experience (see there).
      /shifts?(?<!(?:trial|practice|test|taster|working interview) shifts?)(?<!\b(?:done|worked|completed|covered|had|did) (?:enough|many|much|few|more|sufficient|any|only|a few|a handful of|\d+)(?: [\w-]+)? shifts?)(?! (?:manager|lead|leader|supervisor))/,
      /part[- ]time/,
      /full[- ]time/,
      /(?:asked for|need|needed|want|wanted|require|required|offer|accommodate|requested) (?:\w+ )?flexib\w*/,
      /overtime/,
      /night shifts?/,
      /unsocial hours/,
      /job share/,
      /(?:four|4|three|3)[- ]day (?:week|weeks)/,
      /compressed hours/,
      /condensed hours/,
      /freelance/,
      /temp(?:orary)? (?:role|position|contract)/,
      /working hours/,
      /hours (?:you|required|of work)/,
      /weekends?/,
      /evenings/,
      /on-call/,
      /leave at \d/,
      /\d ?pm/,
      // The hours worked, not a rota the job manages ("managing the ward rota").
      /rota(?<!(?:manag\w*|running|run|planning|plan|organi[sz]\w*|writing|write|doing|do) (?:the |a |our )?(?:[\w-]+ )?rota)/,
      /roster/,
      /work (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|nights)/,
      /(?:days|hours) (?:a|per) week/,
      /contract (?:only|role|position|basis)/,
      /permanent (?:role|position)/,
      /looking for permanent/,
      /fixed[- ]term/,
      /maternity cover/,
    ),
    'working hours and contract',
  ),
  cue(
    'logistics',
    'event',
    anyOf(
      /(?:can|able to|must|need to|needs to|has to|have to) drive\b/,
      /own (?:car|transport|vehicle)/,
      /driving licen[cs]e/,
      /driver'?s licen[cs]e/,
      /licen[cs]e(?! hours)/,
      /drug (?:test|screen)/,
      /(?:security |sc |dv |nv1 |nv2 |government )clearance/,
      // Vetting that needs a record of where the user lived and worked: "three years of UK work history".
      /(?:uk|eu|us|british|continuous|unbroken|verifiable|checkable) (?:work|employment|residen\w*|address) history/,
      /(?:baseline |security |client's |police )?vetting/,
      // A licence to practise, like a visa, permits the work (a credential earned by exams is experience).
      /practi[cs]ing certificate/,
      /licen[cs]e to practi[cs]e/,
      // A professional registration that permits the work: "you don't hold a current NMC registration".
      /(?:current|valid|live|full|professional|active) (?:[\w-]+ )?registration/,
      /(?:nmc|hcpc|gmc|gphc|gdc|gtcs|swe|sra|fca|gcc|goc|rcvs) (?:registration|pin|number|registered)/,
      /(?:registration|registered) with (?:the )?(?:hcpc|gmc|nmc|sra|gphc|gdc|gcc|gosc|social work england|scottish social services council|ofsted|bsb|bar standards board|ico|fca)/,
      /not (?:yet )?(?:been )?admitted (?:as a solicitor|to the roll|to the bar)?/,
      /clearance/,
      /background check/,
      /dbs check/,
      // Trade cards and tickets that permit the work on site.
      /(?:cscs|cpcs|npors|ipaf|pasma|sia|operator|site) (?:card|ticket)s?/,
      /own car/,
      /a car/,
      /company car/,
      /(?:do not|cannot|can not|could not) (?:currently |yet )?drive/,
      /field[- ](?:role|based)/,
    ),
    'licence or clearance',
  ),

  // no_feedback: explicit refusal to give feedback (boilerplate is handled separately).
  cue(
    'no_feedback',
    'event',
    anyOf(
      /(?:keep|keeping) the (?:role|position|vacancy|search) open/,
      /continue (?:searching|looking|the search|our search|interviewing)/,
      // Not "you could not say why us": that is the user's answer, not the employer holding back.
      /(?<!\byou )(?:did not|would not|could not|will not) (?:elaborate|expand|go into (?:more |any )?detail|say (?:more|much|why))/,
      /(?:did not|have not|has not|could not) (?:get|hear|receive|find out) (?:any(?:thing)? more|much more|anything else|more detail|any detail|a reason)/,
      /(?:interviewed|saw|met|had|received|shortlisted) (?:\w+ ){0,3}(?:people|candidates|applicants|applications|finalists) for (?:one|a single|the one|just one|only one|1|two|2) (?:seat|role|position|job|post|vacancy|opening|place)s?/,
      /(?:over|more than|nearly|almost|around|about|some|well over) [\d,]+ (?:applications|applicants|candidates|people applied|cvs)/,
      // The employer's policy, not the policy side of the job ("a law degree will matter for the policy work").
      /(?<!(?:public|social|foreign|economic|health|housing|the|in|for|on|about|government|climate|education|trade|school|safeguarding|behaviour|data) )polic(?:y|ies)(?! (?:side|work|team|role|areas?|analys\w*|advis\w*|officers?|development|making|research|unit|experience|knowledge|background|brief|papers?|questions?|expertise|skills|than)\b)/,
      /(?:company|our|group|firm|hr|internal|recruitment|strict|standard|general) polic(?:y|ies)/,
      /(?:not|unable|can not|no longer|never) (?:able |allowed |permitted |in a position )?(?:to )?(?:provide|give|share|offer|disclose) (?:any |individual |detailed |specific |personal |further |more |interview |written |formal )*(?:feedback|details?|reasons?|information|comments)/,
      /(?:do not|does not|did not|can not|could not|will not) (?:share|provide|give|offer) (?:any |individual |detailed |interview |specific |more )*(?:feedback|details?|reasons?)/,
      /no (?:further |specific |detailed )?feedback/,
      /(?:volume|number|amount) of (?:applications|applicants|candidates|interest|responses)/,
      /(?:respond to|reply to|get back to) (?:each|every|all)/,
      /legal (?:reasons|advice)/,
      /(?:could not|can not|unable to|not able to|not allowed to|not permitted to|not at liberty to) (?:share|say|go into|give) (?:more|much|any|details|detail|specifics)/,
      /(?:did not|have not|has not|had not|would not|will not) (?:give|tell|share with|offer) (?:me|us) (?:much|anything|a lot|more|any details?|a reason)/,
      /nothing specific/,
      // Sorry to have nothing more: "I wish I had more to tell you", "that's all I was told".
      /(?:wish|sorry|afraid) (?:that )?(?:i|we) (?:had|could (?:give|tell|share|offer|say)|can not (?:give|tell|share|offer|say)) (?:you )?(?:more|much more|something more|anything more)/,
      /(?:that is|it is|that was) all (?:i|we|they|he|she|the client)(?:'d| would| could)? (?:have|know|got|were told|was told|heard|say|said|tell (?:me|us)|gave (?:me|us)|give (?:me|us))/,
      /no reasons? (?:was |were )?given/,
      /(?:did not|have not|has not|had not) (?:given|provided|shared|sent|offered) (?:us |me )?(?:any )?(?:feedback|a reason|reasons|details)/,
      /(?:still )?chasing (?:them |the client )?for feedback/,
      /(?:keep|kept|is|are) (?:feedback |it |interview feedback )?confidential/,
      /not something (?:we|i) can share/,
      /comment on individual/,
      /did not (?:give|get) (?:any )?(?:reasons?|details|specifics)/,
    ),
  ),
];

/**
 * V8 keeps a large regular expression in its bytecode interpreter instead of compiling it to machine code, and runs
 * it several times slower: past a size, a cue's alternatives are split into cues of the same category and kind
 * (the rules ask whether a category's cue fired, never which one).
 */
const largestCueSource = 1500;

/** The top-level alternatives of an `anyOf` pattern (`\b(?:a|b|…)\b`), or undefined for any other shape. */
function alternativesOf(source: string): string[] | undefined {
  if (!source.startsWith('\\b(?:') || !source.endsWith(')\\b')) return undefined;
  const inner = source.slice(5, -3);
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] ?? '';
    if (ch === '\\') {
      current += ch + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (!inClass && ch === '(') depth++;
    else if (!inClass && ch === ')') depth--;
    if (ch === '|' && depth === 0 && !inClass) {
      alternatives.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) return undefined;
  alternatives.push(current);
  return alternatives;
}

function splitLargeCue(c: Cue): Cue[] {
  const alternatives = c.pattern.source.length > largestCueSource ? alternativesOf(c.pattern.source) : undefined;
  if (alternatives === undefined || alternatives.length < 2) return [c];
  const groups: string[][] = [[]];
  let size = 0;
  for (const alternative of alternatives) {
    const group = groups[groups.length - 1] ?? [];
    if (size + alternative.length > largestCueSource && group.length > 0) {
      groups.push([alternative]);
      size = alternative.length;
    } else {
      group.push(alternative);
      size += alternative.length;
    }
  }
  return groups.map((group) => ({ ...c, pattern: new RegExp(`\\b(?:${group.join('|')})\\b`, c.pattern.flags) }));
}

export const cues: Cue[] = cueList.flatMap(splitLargeCue);

/** Polite boilerplate that says a decision without a reason. */
export const boilerplate = anyOf(
  // The sign-off's invitation: "apply for future roles that match your skills".
  /(?:roles?|positions?|vacancies|opportunities|jobs|openings) (?:that|which) (?:better |more closely |best )?(?:match|suit|fit|align with|reflect) your (?:skills?|skill ?set|experience|profile|background|qualifications|interests)/,
  /after (?:careful|much|long|due|thorough|further) (?:consideration|deliberation|review|thought)/,
  /regret to (?:inform|advise|let you know)/,
  // Criteria not met, none named: "did not meet the essential criteria", "didn't quite meet our requirements".
  /(?:do|did|does) not (?:quite |fully )?(?:meet|match|satisfy) (?:the|our|all (?:of )?the|all of our) (?:essential |minimum |key |necessary )?(?:criteria|requirements)(?! (?:for|of|in) (?:a|an)\b)/,
  /(?:not|un)successful/,
  /on this occasion/,
  /(?:will|would|are|have) not be(?:en)? (?:progressing|moving forward|taking (?:your application |you |this |things )?forward|proceeding|continuing)/,
  /decided not to (?:move forward|proceed|progress|take|continue)/,
  /not (?:to )?(?:move|moving|take|taking) (?:you |your application |this )?forward/,
  /(?:not|unable to|not able to) (?:to )?(?:take|taking|progress|progressing|move|moving) (?:you |your application |this |things )?(?:further|forward)/,
  /(?:overwhelming|huge|large|high|great|very large|very high|fantastic|excellent|tremendous|strong|amazing|incredible) (?:response|number|volume)/,
  // The bare verdict: "it didn't come together for us", "it just didn't work out".
  /(?:did not|does not|never) (?:quite |really |simply |just )?(?:come together|work out|pan out)\b/,
  // A filled post said alone is the template's reason, as "we have decided to go with other candidates" is.
  /(?:position|role|job|vacancy|post) (?:has|have) (?:now |since |already )?been filled(?! internally| by| with)/,
  /not (?:be )?progress(?:ing)?/,
  /will not be moving/,
  /(?:keep|hold|retain) (?:your|you|the) (?:cv|details|resume|profile|information|application) on file/,
  // Kept for later, however long: "we'll retain your details for six months", "on our database", "in our talent pool".
  /(?:keep|hold|retain|store|place|placed|put|add|added) (?:your|you|the) (?:cv|details|resume|profile|information|application|data)\b[\w\s]{0,25}\b(?:future|on record|for (?:up to |a period of )?(?:\d+|one|two|three|six|twelve|a|several) (?:months?|years?|weeks?)|on (?:our|the) (?:system|database|records?)|in (?:our|the) talent (?:pool|bank|community))/,
  /on (?:our )?file/,
  /wish you (?:the )?(?:very )?(?:best|every success|well|luck|all the best)/,
  /best of luck/,
  /good luck/,
  /thank(?:s| you) (?:again )?for your (?:interest|application|time|patience|applying)/,
  /(?:we |i )?(?:really )?appreciate (?:your|you) (?:interest|time|taking|applying|patience|application)/,
  /(?:decided|chosen|chose) to (?:move forward|proceed|pursue|progress|continue) with (?:other|another|candidates)/,
  /(?:decided|chosen|chose) to pursue (?:other )?(?:candidates|applicants)/,
  // Convention (settled 7 Dec, after ../shared/data d02 and d47): "another candidate was a closer match" said in
  // plain words is competition alone; the form letter's wording around it ("thank you for your interest", "after
  // careful consideration", "candidates whose experience more closely matches", "we'll keep your CV on file") makes
  // it competition and no_feedback, the reason given being the template's, not the user's. Wishes that close a
  // message ("best of luck") beside a reason are courtesy, not that formula.
  /whose (?:experience|qualifications|skills|skill ?set|profiles?|backgrounds?) (?:(?:is|are|was|were) )?(?:an? )?(?:more |better |closer )?(?:closely )?(?:match\w*|align\w*|fits?|suited)/,
  /different direction/,
  /another direction/,
  /different way/,
  /another way/,
  /different approach/,
  /(?:different|another|new) (?:route|path)/,
  /new direction/,
  /decided not to make (?:an|you an) offer/,
  /not (?:to )?invit\w* you (?:to|for) (?:an? )?(?:interview|the next (?:stage|round)|assessment)/,
  /after (?:carefully )?reviewing (?:your|all|the)/,
  /not (?:to )?make (?:an|you an) offer/,
  /not be (?:offering|inviting)/,
  /no longer (?:be )?(?:considering|under consideration)/,
  /not (?:be )?(?:shortlisted|selected)/,
  /it is a no/,
  // The process described, nothing of the user: "the panel has assessed all applications against the criteria".
  /(?:assessed|reviewed|considered|scored|measured|compared|shortlisted) (?:all |each |every |the )*(?:applications|applicants|candidates|cvs)\b/,
  /against the (?:essential |desirable |shortlisting |selection |published )?criteria (?:in|of|for|set out)/,
);

/**
 * Common words of the European languages rejections most often arrive in (German, French, Spanish, Italian, Dutch,
 * Portuguese, Polish) that English does not use: a clause made of them is not English, and no English cue can
 * read it.
 */
const foreignFunctionWords =
  /^(?:de|en|el|la|y|le|et|du|au|lo|al|pero|aber|mais|mas|más|está|sido|è|é|ma|più|nel|nella|nello|alla|molto|anche|stato|stata|très|été|avez|wir|uns|unsere[mnrs]?|ihre?[mnrs]?|ihnen|leider|nicht|haben|und|für|einen?|eine[mnrs]?|dass|der|die|das|dem|den|mit|ist|sind|wurde|nous|vous|votre|vos|notre|nos|pour|avec|malheureusement|pas|une|des|les|est|sommes|avons|qui|dans|hemos|usted|sus?|tu|por|con|lamentablemente|una|los|las|del|que|para|muy|abbiamo|purtroppo|sua|suo|della|nostr[aoie]|grazie|siamo|il|ha|di|per|che|non|dei|sono|comunque|wij|helaas|uw|voor|niet|hebben|een|het|onze|bedankt|infelizmente|não|nossa|obrigad[oa]|você|niestety|dziękujemy|nie|oraz)$/;
const foreignHint =
  /(?:^|\s)(?:de|en|el|la|y|le|et|du|au|lo|al|pero|aber|mais|mas|más|está|sido|è|é|ma|più|nel|nella|nello|alla|molto|anche|stato|stata|très|été|avez|wir|uns|unsere[mnrs]?|ihre?[mnrs]?|ihnen|leider|nicht|haben|und|für|einen?|dass|der|die|das|dem|den|mit|ist|sind|nous|vous|votre|vos|notre|nos|pour|avec|malheureusement|pas|une|des|les|est|avons|dans|hemos|usted|sus?|tu|por|con|lamentablemente|una|los|las|del|que|para|muy|abbiamo|purtroppo|sua|suo|della|grazie|siamo|il|ha|di|per|che|non|dei|sono|comunque|wij|helaas|uw|voor|niet|hebben|een|het|onze|bedankt|infelizmente|não|nossa|você|niestety|dziękujemy|nie|oraz)(?=[\s,.;:!?]|$)/;
const englishFunctionWords =
  /^(?:the|and|to|of|we|you|your|for|with|is|was|have|has|not|in|on|that|this|it|be|are|were|our|they|but|as|at|a|an|i)$/;

/**
 * A clause in another language ("Leider haben wir uns für einen anderen Kandidaten entschieden"): at least two of its
 * words are another language's common words, and more of them than English ones.
 *
 * @example
 * isForeignClause('merci pour votre candidature') // true
 */
export function isForeignClause(clause: string): boolean {
  // One test first: nearly every clause is English and has none of these words.
  if (!foreignHint.test(clause)) return false;
  let foreign = 0;
  let english = 0;
  for (const word of clause.split(/[\s,.;:!?()"]+/)) {
    if (foreignFunctionWords.test(word)) foreign++;
    else if (englishFunctionWords.test(word)) english++;
  }
  return foreign >= 2 && foreign > english;
}

/** Another candidate or profile chosen, in those languages: "einen anderen Kandidaten", "un autre profil". */
export const foreignOtherCandidate =
  /\b(?:andere[nrs]? (?:kandidat\w*|bewerber\w*|profil\w*|kandida\w*|sollicitant\w*)|autres? (?:candidat\w*|profils?)|otr[oa]s? (?:candidat[oa]s?|perfil(?:es)?)|altr[oaie] (?:candidat[oaie]|profil[oi])|outr[oa]s? (?:candidat[oa]s?|perfis?|perfil)|inn\w* (?:kandydat\w*|osob\w*))/;

/**
 * The commonest reasons in those languages, so a rejection in one that gives a reason is not read as a form letter:
 * experience ("mehr Erfahrung", "más experiencia"), knowledge or skills ("Kenntnisse", "competenze"), the terms
 * (pay, place, hours, language), and praise ("il colloquio è andato bene", "muy buena actitud").
 */
export const foreignReasons: Array<[FeedbackCategory, RegExp]> = [
  [
    'experience',
    /\b(?:erfahrung\w*|berufserfahrung|expérience\w*|experiencia\w*|esperienz\w*|ervaring\w*|experiência\w*|doświadczeni\w*)/,
  ],
  [
    'skills',
    /\b(?:kenntniss\w*|fähigkeit\w*|compétences?|connaissances?|conocimientos?|habilidad\w*|competenz\w*|conoscenz\w*|kennis|vaardigheden|conhecimentos?|habilidades?|umiejętnoś\w*)/,
  ],
  [
    'logistics',
    /\b(?:gehalt\w*|gehaltsvorstellung\w*|salaire|rémunération|salario|sueldo|stipendio|retribuzione|salaris|salário|wynagrodzeni\w*|standort|ubicación|sede|arbeitsort|visum|arbeitserlaubnis|permis de travail|permiso de trabajo|führerschein|permis de conduire|carnet de conducir|patente)/,
  ],
  [
    'strength',
    /\b(?:appréci\w*|aimé|gefallen|gefiel|piaciut[oa]|apprezzat[oa]|gustado|gustó|gostamos|podobał\w*|gut(?:e[nmrs]?)?|überzeugt|positiv\w*|très bon\w*|excellent\w*|bonne impression|bien passé|muy bien|buen[oa]?|excelente|bene|buon[oa]?|ottim[oa]|goed|uitstekend|muito bem|bom|boa|ótim[oa]|dobrze|dobr[ayei])\b/,
  ],
];

/**
 * Wishes that close a message ("best of luck") and a bare "it's a no": boilerplate when nothing
 * else is said, but no sign of feedback held back beside a reason.
 */
export const signOff = anyOf(
  /wish you (?:the )?(?:very )?(?:best|every success|well|luck|all the best)/,
  /best of luck/,
  /good luck/,
  /it is a no/,
  /(?:please )?(?:do )?(?:stay|keep) in touch/,
);

/**
 * The user asked or talked about terms ("you only asked about holidays", "you talked about the location"): what
 * they said was on their mind, not a mismatch of terms, unless they set a condition ("talked about needing remote").
 */
export const askedAboutTerms =
  /^(?:and )?(?:only|just|mainly|mostly) (?:asked )?about\b|\byou (?:only |just |mainly |mostly |also |first )?(?:asked|enquired|inquired|wanted to know) (?:us |them )?(?:about|after|re|what|when|how much|whether|if)\b|\bmore interested in (?:the |our )?[\w\s-]{1,30}? than (?:in )?(?:the|our|this) (?:work|role|job|mission|company|product|team)|\byou (?:only |just |mainly |mostly |also )?(?:talked|spoke|focused|dwelt|went on) (?:a lot |mostly |mainly |only )?(?:about|on) (?!(?:\w+ ){0,3}(?:needing|need|having to|wanting|only|not being able|can not|could not|unable)\b)/;

/** Praise that is about other people or a set-up for a "but", not about the user. */
export const notPraiseOfUser =
  /\b(?:(?:statements?|points?|ideas?|things|talk(?:ed|ing)?|spoke|speaking|generali[sz]ations?) about (?:what )?(?:good|great|excellent|effective|strong) [\w-]+(?: [\w-]+)?|what (?:a |an )?(?:good|great|strong|excellent|effective|successful) [\w\s-]{1,30}? (?:looks?|would look|should look|is) like|(?:asked|asking|question\w*)(?: you)? (?:about|for|to (?:describe|tell us about|give)) (?:a time|an example of a time|an occasion|a situation|an example of when)(?: when| where)? you [\w\s]{0,40}|(?:what|things that|the things that|everything that|the parts that|parts that|the bits that|times when) (?:had )?(?:went|go|goes|gone|going) (?:really |very |so )?well|in (?:quite |very |rather |pretty )?strong terms|(?:over|overly|too|almost too|a little too|a bit too)[- ]?(?:polished|rehearsed|slick|scripted)|good (?:luck|morning|afternoon|evening|news|day)|(?:be|feel|been|be much|be far) happier (?:in|at|with|somewhere|elsewhere|doing|working)|(?:with|for|have|has|had|wanted|want) (?:much |far |a lot |a great deal )?(?:more|less) [\w-]+ (?:freedom|control|autonomy|input|licence|license|scope|say)|(?:a )?(?:more |less )?(?:relaxed|creative|informal|dynamic|exciting|fun|fast-paced|flexible) (?:setting|environment|place|culture|atmosphere|team|company|workplace)|(?:very |really |extremely |incredibly )?strong (?:response|interest|uptake)|(?:you(?:'d| would)|you will|you'll) (?:be|do|thrive|fit in)(?: (?:really|very|so|absolutely))? (?:great|brilliant|excellent|good|fantastic|amazing|superb|well|really well|better) (?:in|at|for|with) (?:a|an|another|some|other|the right)\b|(?:great|good|nice|lovely) to (?:hear from you|catch up|be in touch|speak again)|you (?:said |told us |mentioned )?(?:that )?(?:you )?(?:really )?(?:liked|loved|enjoyed|prefer\w*)|(?:very |really |extremely |incredibly )?strong (?:shortlist|field|pool|competition|applicants|candidates|list)|(?:others|they|the other \w+) (?:were|was) (?:stronger|better)|(?:(?:looks?|looked|seem(?:s|ed)?|(?:was|were|is|are)(?: very| really)?) (?:\w+ )?)?(?:great|good|strong|impressive|fine) on paper|(?:wanting|wanted|wants|want|keen|hoping|eager|longing) to (?:be|become|feel|get|stay|do|work on) (?:more |something |things )?[\w-]+)\b/g;

const praiseAdjective =
  '(?:great|excellent|good|strong|fantastic|brilliant|lovely|amazing|outstanding|impressive|nice|wonderful|exceptional|talented|superb|first-class|top-notch)';
/** Nouns for the employer's side and other people: the team, the client, the job, the person hired. */
const thirdParty =
  '(?:teams?|clients?|company|companies|role|job|position|post|opportunity|organi[sz]ation|business|firm|people|staff|managers?|bosses|boss|colleagues|school|practice|hospital|ward|field|shortlist|pool|offer|package|culture|office|place|store|shop|restaurant|site|employers?|group|department|unit|customers?|residents|patients|pupils|students|kids|children)';
const chosenPerson =
  '(?:an?|the) (?:other|successful|chosen|winning|preferred|appointed|selected|eventual|internal|external) (?:candidate|applicant|person|finalist|hire)|the (?:person|candidate|applicant|man|woman|guy|lady) (?:we|they|who) (?:hired|appointed|chose|picked|selected|went with|got (?:it|the job|the role))';
const degree = '(?: (?:\\w+ly|very|so|quite|all|also|just|an?|such an?))*';

/**
 * Praise words that do not praise the user: praise of someone or something else ("the client is great to work
 * with", "we have a great team", "how good your previous team was", "the successful candidate was excellent"),
 * praise words as measures ("a good deal more", "in great detail", "went well over time"), a virtue overdone
 * ("a little too confident") and "clear" as plainly stated ("you were clear that you wanted hybrid").
 */
export const praiseOfOthers = new RegExp(
  [
    // A third party as the subject of the praise; not one named after a preposition ("feedback from the team was good").
    `(?<!\\b(?:from|of|by|with|to|for|about|on|in|at) )\\b(?:the|our|their|this|that|these|those|your (?:previous|old|former|last|current|new|future|existing)) (?:[\\w'-]+ ){0,2}?${thirdParty}(?: (?:who|that|we|they) [\\w\\s]{1,30}?)? (?:is|was|are|were|has been|have been|seems?|seemed|looks?|looked|sounds?|sounded)${degree} ${praiseAdjective}\\b(?: to (?:work|be part of)(?: with| for| in| at)?)?`,
    `\\b(?:${chosenPerson})(?: [\\w\\s]{1,30}?)? (?:is|was|were|has|had|brought|showed)${degree} ${praiseAdjective}\\b`,
    // Praise as the attribute of a third party: "we have a great team", "a fantastic opportunity".
    `\\b(?:a|an|such a|what a|our|the|their) (?:really |very |genuinely |truly |incredibly )?${praiseAdjective} (?:${thirdParty}|bunch|crowd|environment|workplace|product|brand|mission|cause)\\b(?! (?:player|member|leader|lead|fit|worker|skills?|person|manager|management|handling|builder))`,
    `\\bhow ${praiseAdjective} (?:the|their|his|her|your (?:previous|old|former|last|current)) (?:[\\w'-]+ ){0,2}?${thirdParty}`,
    // The field praised: "a lot of good applicants", "so many strong applications".
    `(?<!\\bone of (?:the |several |many |our |a few |the most )?(?:\\w+ )?)\\b${praiseAdjective} (?:applicants|applications|candidates|people|cvs|field|shortlist|pool|competition|finalists|interviewees|profiles)\\b`,
    // Measures: "a good deal more cautious", "a great many applicants", "in great detail", "well over time".
    '\\b(?:an? (?:good|great) (?:deal|many|number|few|while)|(?:good|great) (?:many|deal)|in (?:great|good) (?:detail|depth|length|numbers|time)|well (?:over|above|beyond|under|below|past|short|into|outside|ahead))\\b',
    // A virtue overdone is the concern: "perhaps a little too confident".
    '\\b(?:(?:a (?:little|bit|touch)|slightly|far|much|way|perhaps|maybe|almost|just) )?(?:too|overly|over-) ?(?:confident|polished|smooth|slick|keen|eager|enthusiastic|positive|nice|friendly|relaxed|laid-back|casual|sure|assertive|direct|detailed|thorough)\\b',
    // "You were clear that you wanted hybrid": stated plainly, not explained clearly.
    '\\b(?:very |really |quite |pretty |absolutely |made it )?clear (?:that|about (?:wanting|needing|not|only))\\b',
  ].join('|'),
  'g',
);

/** What the user brought or did: its praise is praise of the user ("the interview was great", "the code was clean"). */
const userThings = new Set(
  'interview interviews answer answers response responses example examples question questions cv resume application applications reference references referee referees knowledge skill skills experience background energy attitude enthusiasm passion presentation presentations portfolio code solution solutions work writing lesson session trial shift demo pitch test tests task tasks exercise assignment study take-home performance approach idea ideas feedback impression manner rapport preparation research communication delivery profile record numbers results figures model design plan proposal report essay score scores marks technique understanding insight instincts judgement judgment thinking tone style chemistry fit conversation discussion call meeting day visit round stage part section half start end candidate candidacy submission deck slides write-up analysis sql python english french german spanish'.split(
    ' ',
  ),
);
const thirdPartyPraise = new RegExp(
  `(?:^|(?<=\\b(?:and|but|so|yet|while|whereas|although|though|because|since|said|says|that|honestly|also|plus|think|felt|thought) ))(?:the|our|their|this|that|these|those|his|her) (?:(?!(?:you|your|yourself|felt|feel|thought|think|said|says|found|believed?)\\b)[\\w'-]+ ){0,2}?(?!(?:you|your|is|was|are|were|be|been|has|have|had)\\b)([\\w'-]+)(?: (?:who|that|we|they) (?!you\\b)[\\w\\s]{1,30}?)? (?:is|was|are|were|has been|have been|seems?|seemed|looks?|looked|sounds?|sounded)${degree} ${praiseAdjective}\\b`,
  'g',
);

/**
 * The clause without its praise of anyone or anything but the user (see praiseOfOthers), and without praise
 * predicated of anything that is not the user's doing ("the brigade is excellent", but not "the interview was great").
 *
 * @example
 * withoutPraiseOfOthers('the brigade is excellent and your knife work was good') // ' and your knife work was good'
 */
export function withoutPraiseOfOthers(clause: string): string {
  return clause
    .replace(praiseOfOthers, ' ')
    .replace(thirdPartyPraise, (whole, head: string) => (userThings.has(head) ? whole : ' '));
}

/**
 * A trait adjective describing someone else ("their very demanding CFO", "a nervous patient", "an angry customer"):
 * the words a delivery or conduct cue would read in the user, here about the people the user would deal with.
 * Replaced by what stands before it, so the person remains.
 */
export const othersTraits =
  /\b((?:their|our|his|her|the|a|an|some|any|with|very|quite|really|extremely|notoriously|rather|fairly|pretty|often|sometimes) )(?:(?:very|quite|really|extremely|notoriously|rather|fairly|pretty|often|sometimes|most|more) )*(?:demanding|difficult|cold|rude|aggressive|tough|dismissive|arrogant|nervous|anxious|quiet|loud|angry|upset|hostile|abrasive|impatient|aloof|passive|distracted|disengaged|sarcastic|condescending|unhappy|irate|frustrated|vulnerable|challenging)(?= (?:[\w-]+ )?(?:clients?|customers?|managers?|bosses|boss|directors?|cfo|ceo|cto|coo|chair|heads?|chefs?|colleagues?|stakeholders?|parents?|patients?|residents?|pupils?|students?|child|children|kids|teams?|staff|people|persons?|partners?|board|audience|class|classes|users?|callers?|guests?|tenants?|members?|families|family|learners?|diners?|passengers?|visitors?)\b)/g;

/**
 * Terms said to be no obstacle ("your pay expectations were fine, the location works, and the hours suit"): a
 * term named without a mismatch.
 */
export const termsFine =
  /\b(?:pay|salary|money|rate|package|expectations|location|commute|travel|hours|shifts?|start date|notice(?: period)?|availability|visa|right to work|hybrid|remote|the days)\b(?: [\w-]+){0,3}? (?:(?:was|were|is|are|seemed|looked) (?:all |absolutely |perfectly |completely |totally )?(?:fine|ok|okay|acceptable|reasonable|realistic|sensible|fair|affordable|no problem|not a problem|not an issue|not the issue|in line|within (?:\w+ )?(?:range|budget|band)|workable|manageable)|works?|worked|suits?|suited|fits?|fitted)\b/;

/**
 * Any word of praise or of the panel's liking, wide and unweighed (negation and subject are not read): the
 * statistical layer may add `strength` only to a text where something was praised at all, as it weighs words such
 * as "honestly", "close" or "take-home" towards praise.
 */
export const praiseWord = anyOf(
  /flawless\w*/,
  /spot[- ]on/,
  /beautiful\w*/,
  /gorgeous/,
  /brilliant\w*/,
  /accurate\w*/,
  /tidy/,
  /neat\w*/,
  /well[- ](?:laid|set|put|judged|pitched|paced|chosen|argued|made|done|received|run|organi[sz]ed|informed|planned|read|prepared)/,
  /fine(?![- ](?:tun\w*|print|line))/,
  /sound(?! (?:like|as if|as though))/,
  /ok(?:ay)?/,
  /interest(?:ing|ed)/,
  /energetic/,
  /likeable/,
  /responded (?:\w+ )?well/,
  /happy with/,
  /proud/,
  /correct(?:ly)?/,
  /right answer/,
  /(?:was|were) (?:all )?there/,
  /(?:went|got|did|was|were|much|far|a lot) better/,
  /(?:knew|know|did|performed|scored|answered|understood|handled) (?:[\w-]+ ){0,3}better than/,
  /clearly (?:prepared|knew|know|understood|understand|researched|cared|care|had done|did your)/,
  /settled/,
  /excited/,
  /(?:laid|set|put|explained|answered|handled|presented|structured|organi[sz]ed|prepared|written|run) (?:\w+ ){0,3}well/,
  /(?:first|top|clear|obvious|strong) (?:choice|pick|contender|candidate|two|three)/,
  /(?:my|our|their|his|her|the panel's|the team's) (?:\w+ )?(?:pick|choice|favourite|favorite)/,
  /came through/,
  /(?:really |very |highly |clearly )?(?:experienced|skilled|skilful|competent|proficient|capable|professional\w*|knowledgeable|confident\w*|composed|calm\w*|assured|articulate)/,
  /(?:a |real |natural )*(?:gift|talent|flair|knack|eye) for/,
  /heading (?:there|in the right direction)/,
  /almost there/,
  /(?:easiest|nicest|warmest)/,
  /(?<!(?:all the|wish you the|with) )best(?! (?:wishes|of luck|regards|in your|for the future))/,
  /decent/,
  /ambitious/,
  /inspired/,
  /adored?/,
  /stand-?out/,
  /evocative/,
  /held (?:your|his|her|their) own/,
  /know (?:your|his|her|their) way around/,
  /right (?:instincts|attitude|mindset|approach|values)/,
  /(?:would|'d) have (?:loved|liked|been (?:happy|glad|delighted)) to/,
  /(?:could|can) do (?:this|the|that) (?:job|role)/,
  /credit to/,
  /prais\w*/,
  /commend\w*/,
  /admir\w*/,
  /remarkabl\w*/,
  /superb/,
  /terrific/,
  /awesome/,
  /stellar/,
  /first-class/,
  /top-notch/,
  /(?:loved|liked|enjoyed|appreciated|valued)(?! (?:your|you) (?:interest|time|patience|application|applying|taking))/,
  /(?:like|likes|love|loves) (?:you|your)/,
  /exactly (?:what|the (?:kind|sort|type)) (?:we|they|the \w+)/,
  /(?:would|'d) have (?:happily |gladly |definitely )?(?:moved you|hired you|offered|taken you|progressed you)/,
  /impress\w*/,
  /warmth/,
  /patien(?:t|ce)/,
  /kind(?:ness)?/,
  /caring/,
  /insight\w*/,
  // "clearly hadn't looked" and "it was clear from your answers that" judge nothing well done.
  /(?:very |really )?clear(?! (?:that|to|from|whether|how|what|why|if|when|you|we|they|there|instructions|sense)\b)/,
  /(?:did|went|done) (?:really |very |so )?well/,
  /an? (?:absolute |real |genuine |total |great )?(?:pleasure|delight|joy)/,
);

/**
 * Any word for other people in the running or for a choice made between people, wide and unweighed: without one
 * the statistical layer may not add `competition` ("Overall you were a good candidate" names only the user; the
 * singular "candidate" is how call notes name the user).
 */
export const rivalWord = anyOf(
  /other(?! way)/,
  /another/,
  /others/,
  /someone/,
  /somebody/,
  /(?:candidates|applicants|applications|people|finalists?|shortlist\w*|field|pool|competition|competitive|runner-up)/,
  /close(?! to| by| with|[- ]knit| team| group| family| attention| eye)/,
  /closer/,
  /second/,
  /(?:went|gone|going|go|move|moving|proceed\w*) (?:ahead |forward )?with/,
  /filled/,
  /(?:appointed|hired|offered|chosen|chose|selected|picked|preferred|identified|promot\w*|successful)/,
  /colleague/,
  /internal\w*/,
  /compar\w*/,
  /(?:stronger|better|more (?:experienced|qualified|suitable|senior))/,
  /coin toss/,
  /(?:tough|difficult|hard|tight|narrow) (?:call|decision|choice)/,
  /(?:decision|call|choice) (?:was|is) (?:\w+ )?(?:tough|difficult|hard|tight|narrow)/,
  /(?:it|that|this) was (?:\w+ )?tight/,
  /not the one/,
  /one (?:\w+ )?(?:seat|place|post|position|role|opening|vacancy|job)/,
  /(?:appoint|hir)\w*/,
  /took it/,
  /(?:gone|went|given|offered) to/,
  /an? (?:candidate|applicant|person)/,
);

/**
 * The other candidates outdone by the user ("none of the other candidates asked it", "better than any other
 * applicant"): praise of the user measured against them, not a rival preferred.
 */
export const othersOutdone =
  /\b(?:(?:none|neither|no one|nobody|not one|few) of the (?:other )?(?:candidates|applicants|people|finalists|interviewees)|no other (?:candidate|applicant|person|finalist|interviewee)|(?:more|better|stronger|further|clearer) than (?:any of |most of |all of )?(?:the )?(?:other|any other) (?:candidates?|applicants?|people|finalists|interviewees)|unlike (?:the |most |many )?(?:other|the other) (?:candidates|applicants|people|finalists|interviewees))\b/g;

/**
 * Any word for the terms of a job (pay, place, time, papers, language), wide and unweighed: without one the
 * statistical layer may not add `logistics`, which it weighs on "from day one" and "before you could" alone.
 */
export const termsWord = anyOf(
  /(?:salary|salaries|pay|paid|paying|money|budget|band|range|rate|package|bonus|commission|k|£\d\w*|\$\d\w*|\d+k|wage\w*|earning\w*|expectations?)/,
  /(?:location|located|site|(?:in|to|at|from|into) the office|office[- ]based|office days|remote\w*|hybrid|on-?site|commut\w*|travel\w*|relocat\w*|move|moving|distance|far|miles|drive|driving|car|bus|train|transport)/,
  /(?:card|ticket|passport|licen[cs]e\w*|visa|sponsor\w*|right to work|permit|clearance|vetting|dbs|insur\w*|registration|registered)/,
  /(?:start(?:ing)? date|(?:could|can|able to|free to|to) start|start (?:on|in|before|after|until|straight|immediately|right|sooner|earlier|next|from)|\d+ ?(?:am|pm) start|early start|available|availability|notice|free|until|hours|shifts?|weekends?|nights?|mornings?|evenings?|sundays?|saturdays?|early|full[- ]time|part[- ]time|days? a week|contract|perm\w*|temporary|fixed[- ]term|timing|sooner|immediately|holiday|leave|childcare)/,
  /(?:language|english|fluent\w*|fluency|native|speak\w*|spoken|welsh|french|german|spanish|italian|dutch|polish|mandarin|cantonese|arabic|japanese|portuguese|russian)/,
  /(?:january|february|march|april|may|june|july|august|september|october|november|december)/,
  /(?:(?:done|based|live|living|lives|work|working) (?:from|in)|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|off|\w+-day (?:role|week|job)|abroad|overseas|country|from home)/,
  /(?:lifting|lift|physical\w*|injury|injured|health|medical|disability|kg)/,
);

/** Strength phrases that carry no evaluative adjective. */
export const strengthEvent = anyOf(
  /(?:congratulations|well done|congrats) (?:on|for) (?:reaching|making|getting (?:to|through)|being shortlisted|progressing)/,
  /everything else (?:was|is) (?:there|fine|great|good|strong|spot on|in place)/,
  /would (?:happily |gladly |definitely |certainly )?(?:hire|employ|take on|interview) (?:you |her |him |them )?(?:again |for|in|if) (?:the |a |any )?(?:next|future|another|other|similar|different|right)?/,
  /(?:enjoyed|loved|liked) (?:meeting|speaking|talking|chatting|getting to know|learning about|hearing|working)/,
  /(?:lovely|great|nice|an? (?:absolute |real |genuine |total |great )?(?:pleasure|delight|joy)) (?:to meet|meeting|speaking|talking|chatting|to interview|interviewing)/,
  /(?:strong|great|excellent|good|impressive|top|standout|lovely|brilliant|fantastic|outstanding|exceptional) (?:candidate|interview|performance|background|profile|cv|engineer|designer|developer|analyst|manager|communicator|presenter|fit|cultural fit|culture fit|portfolio|examples|first impression|energy|questions)/,
  /(?:positive|great|good|glowing) (?:feedback|impression|overall|interview)/,
  /feedback (?:was|is|has been) (?:really |very |overwhelmingly |mostly |generally |broadly |largely |overall |very much )?(?:positive|great|good|glowing)/,
  /(?<!not |never |had not |have not )(?:had |'d )?done (?:your|their) homework/,
  /(?:one of the|among the) (?:best|strongest|top)/,
  /(?:in|among|made|reached|one of) the (?:top|final|last) (?:two|three|four|five|few|handful|\d+)\b/,
  /(?:spoke|speak|spoken|talked|wrote) (?:very |so |really )?warmly/,
  // "You have many strengths": the noun praises as the adjective does.
  /(?:many|lots of|a lot of|real|clear|obvious|several|numerous|considerable|genuine|definite) strengths/,
  /(?:were|was) (?:easily |clearly |probably )?(?:the|our) (?:best|strongest|top) (?:candidate|applicant|person|interviewee)/,
  /did (?:really |very )?well/,
  /went (?:really |very )?well/,
  /get on with the team/,
  /(?:would|will|'d) (?:really |genuinely |definitely |all |have )?(?:enjoy|enjoyed|like|liked|love|loved) working (?:with|alongside) you/,
  /(?:would|'d) (?:love|have loved) (?:you|to have you|to work with you)/,
  /(?:spoke|speak|spoken|think|thought) (?:very |so |really )?highly of you/,
  /high praise/,
  /glowing/,
  /love (?:you|to have you) on the team/,
  /take (?:a lot of |real |some |great )?(?:confidence|heart|positives) from/,
  /(?:much |far |even )?(?:stronger|better|more impressive) (?:in person|than (?:on paper|your cv|your resume))/,
  /(?:were|was) (?:really |very |quite |all )?keen(?:$| on (?:you|your|hiring you|having you))/,
  /(?:really |very |so |quite )?keen on (?:you|your)/,
);

// ---- Clause context: who and what a clause is about (used by the analysis, not cues on their own). ----

/** Greetings and sign-offs, which carry no feedback. */
export const pleasantry =
  /^(?:(?:i|we) (?:will|shall) (?:let you know|be in touch|update you|get back to you|keep you posted)|(?:i|we) (?:would|'d) love (?:for )?you to (?:apply|keep|stay|look)|(?:please )?keep an eye on (?:our|the) (?:careers|jobs|vacancies|website)|(?:i|we) (?:just )?(?:wanted|want|thought i would|am writing) to (?:circle back|follow up|get back to you|let you know|update you|touch base)|(?:just )?(?:circling|following) (?:back|up)|(?:i|we) (?:know|understand|realise|realize) (?:that )?you (?:were|are|had been) (?:hoping|keen|looking|waiting)|(?:i am|we are) (?:sure|confident) you will (?:land|find|get)|hi|hello|hey|dear|good (?:morning|afternoon)|kind regards|best regards|regards|best wishes|best|many thanks|thanks|thank you|cheers|sincerely|warm regards|all the best|please (?:do not hesitate|feel free|let me know)|do not hesitate|feel free|let me know if|if you have any (?:questions|queries))\b/;
/** "experience" on its own: about a skill when a skill is named with it ("experience with Kubernetes"). */
export const bareExperience = /\bexperience(?:d)?\b/;
/** Words that make "experience" about level, years, sector or leadership rather than a skill. */
export const strongExperience =
  /\b(?:limited to (?:a |one |a single |two |three |small )|(?:all|entirely|wholly|none|nothing) in (?!the (?:task|test|exercise|answers?))|years?|seniority|senior|junior|track record|background|career|industry|sector|domain|in[- ]house|agency[- ]side|client[- ]side|b2b|b2c|enterprise (?:clients|customers|sales|accounts)|start-?ups?|scale-?up|corporate|public sector|private sector|regulated|leadership|leading|led|managed|managing|manage|people (?:management|manager|leader)|line management|team lead|direct reports|at scale|bigger scale|larger scale|millions of|qualifications?|tenure|done this|worked (?:in|at|for)|ten years|\d+\+? years|stakeholders?|relevant|direct experience|in the (?:role|sector|industry|field))\b/;
/** Where something happened ("in the role-play", "during the presentation"): the setting, not what was judged. */
export const settingPhrase =
  /\b(?:in|during|at|on|through|throughout|for) (?:the|your|a|this|that|our|each|every) (?:[\w-]+ ){0,2}?(?:role-?plays?|exercises?|tests?|assessments?|case stud(?:y|ies)|presentations?|interviews?|rounds?|tasks?|sessions?|take-homes?|assignments?|panels?|calls?|screens?|stages?|parts?)\b/g;
/** The part of the job something is needed for ("for the customer-facing part of the job"): the job, not the user. */
export const jobPartPhrase =
  /\b(?:for|in|on) (?:the|this|our|a) (?:[\w-]+ ){1,3}?(?:parts?|sides?|aspects?|elements?|end) of (?:the|this|our|that) (?:job|role|position|work|post)\b/g;
/** Time spent on something ("another year or two of project management"): what is named is where the time goes. */
export const timeSpentOn =
  /\b(?:years?|months)(?: or (?:two|so|more))?'? (?:of|in|doing|working (?:in|on|with)|running|managing|leading) ((?:[\w+#./-]+ ?){1,4})/;
/** Doing-words that make "experience" a hands-on skill ("hands-on", "deploying", "administration"). */
export const handsOn =
  /\bhands[- ]on\b|\b(?:administration|admin side|migrations?|deploy\w*|shipped|shipping|built|building)\b/;
/** "Whose profile more closely matches": a polite formula that names no real difference. */
export const genericMatch =
  /\b(?:someone|somebody|a candidate|candidates|an applicant|applicants|a person|people) (?:who (?:is|was|were) |(?:they|we) (?:felt|thought) (?:was|were) )?more suitable\b|\b(?:more |better )?closely (?:match\w*|align\w*)|more closely|better align\w*|closer match|better match|better fit(?:s|ted)? (?:the|our|this|what)|(?:better|more closely) meets? (?:the|our) (?:needs|requirements|criteria)|fits? (?:the role |our needs |what we need )?better|match (?:our|the) (?:needs|requirements)|more (?:relevant|suitable|appropriate) (?:background|experience|profile|skill ?set|cv)(?! (?:in|with|of)\b)/;
/** Tests and exercises, for skills found in a competition clause and for the "redo the exercise" step. */
export const testReason =
  /\b(?:take[- ]home|assignment|exercise|tests?|assessment|challenge|case study|practical|coding (?:round|interview|test)|technical (?:round|test|interview)|psychometric|reasoning test)\b/;
/** What another candidate had done or had more of, which makes their edge experience. */
export const otherDid =
  /\b(?:(?:had|has|have|holds?|held|hold) (?:an? |the )?(?:[\w-]+ ){0,2}(?:master's|masters|phd|doctorate|degree|mba|msc|ma|bsc|llm|meng|mphil|dphil|pgce|qts|diploma|charter|qualifications?|certification|certificate|status)|(?:is|are|was|were) (?:a |an )?(?:qualified|chartered|certified|registered)|further along|already (?:had|has|have|done|run|led|built|shipped|worked|managed|delivered)|having (?:already )?(?:done|run|led|built|shipped|worked|managed|delivered)|previously|before|direct|relevant|more|(?:had|has|have|'d) (?:\w+ ){0,2}(?:done|run|led|built|shipped|worked|managed|delivered)|currently working|worked (?:at|in|for)|at a competitor)\b/;
/** "Someone who has shipped / led / run …" (or "who'd worked in fintech"): a requirement of having done it, i.e. experience. */
export const requiredDoneBefore =
  /(?:\b(?:has|have|had|who is|who's|that is)|\w'd) (?:already |previously )?(?:shipped|built|run|led|launched|delivered|done|worked|managed|owned|scaled|grown|sold|spent (?:time|years|\w+ years))\b/;
/** The job itself described ("this job is mostly heads-down analysis"): the employer's side, not a gap. */
export const jobDescription =
  /^(?:and |but |so )?(?:this|the|our) (?:job|role|position|work|post|team|day-to-day|one)(?: itself)? (?:is|involves|would involve|requires|would be|will be|means|covers|has)\b/;
/** A clause that only says how the clause before came across ("which the panel read as …"). */
export const consequence =
  /^(?:which|so)\b.{0,30}\b(?:read (?:it |that )?as|came across as|(?:was )?(?:taken|seen) as|took (?:it|that) as|assumed|interpreted (?:it |that )?as|saw (?:it|that) as|made (?:it|us|them|you) (?:seem|look|think|feel|wonder)|gave (?:the|an) impression|set (?:the |a |an )?(?:wrong|bad|poor|negative|awkward) tone)\b/;
/** "Polished, almost too polished": the repeated word turns the praise into the concern. */
export const backhanded =
  /\b(\w+), (?:almost|perhaps|maybe|if anything|arguably|possibly)(?: just)?(?: a (?:little|bit|touch)| slightly)? (?:too |over-?)\1\b|\b\w+,? (?:almost|perhaps|maybe|if anything|arguably|possibly)(?: just)?(?: a (?:little|bit|touch)| slightly)? (?:overly|too|too much) so\b/;
/** A sector named with experience ("in a healthcare setting", "in fintech"): the level or domain side of it. */
export const sectorPhrase =
  /\bin (?:a |an |the )?(?:[\w-]+ ){1,2}(?:setting|sector|industry|context)\b|\bin (?:healthcare|fintech|finance|banking|retail|insurance|pharma|biotech|gaming|edtech|e-commerce|ecommerce|the nhs|government|the public sector|the charity sector|manufacturing|telecoms|energy|media|hospitality|consulting|education)\b/;
/** "The successful person will need to drive": the future hire, a requirement rather than another candidate. */
export const futureHire =
  /\b(?:have|has|had|need|needs|needed|will need) to (?:hire|appoint|find|recruit|take on|bring in) (?:someone|somebody|a person|a candidate|an applicant)\b|\bthe successful (?:person|candidate|applicant|hire) (?:will|would|must|needs?|should|can|has to)\b|\b(?:requires?|required|needs?|expects?|wants?) the successful (?:person|candidate|applicant|hire) to\b/;
/** "Honest about what you didn't know": the negation sits in an admitted gap, not in the judgement. */
export const admittedGap =
  /\b(?:(?:what|anything|things|where) (?:you|they|we) (?:did not|do not|does not) know|(?:honest|candid|upfront|open) about (?:your |the )?(?:gaps|limitations|weaknesses|mistakes|failures)|(?:honest|honesty|candid|candou?r|upfront|open|openness|frank|frankness) about (?:not|never)(?: \w+){1,6})\b/g;
/** Experience in something named ("in e-commerce logistics"): a real difference even when it "more closely matches". */
export const namedExperience =
  /\b(?:experience|background) (?:in|with|of) (?!(?:the|this|our|a similar|what) (?:role|position|job|needs|requirements|we)\b)\w|\b(?:more|greater|broader|deeper|longer|direct) (?!(?:relevant|suitable|similar|appropriate|applicable|overall|general)\b)[\w'-]+(?: [\w'-]+){0,2} experience\b/;
/** A clause whose subject is a pronoun pointing back ("… but it didn't run"). */
export const pronounSubject = /^(?:and |but |so )?(?:it|they|this|that|these|those|which)\b/;
/** The clause is about the user's answers or examples, so its subject matter is not a gap of its own. */
export const answersContext =
  /\b(?:spent|spend|spending|took|taking) (?:too long|a long time|far too long|too much time|most of (?:the|your) (?:time|answer|slot)|ages) (?:on|talking about|describing|explaining|going through)\b|\b(?:your|the|in) (?:\w+ )?(?:answers?|examples?|stories|responses?)\b|\b(?:hear|tell us|talk|learn) more about\b|\bmore about your own\b/;
/** A clause that starts with its verb shares the subject of the clause before it ("… but didn't show how"). */
export const subjectless =
  /^(?:and |but |yet |so )?(?:did|does|do|was|were|is|are|had|has|have|lacked|lacking|could|can|seemed|felt|needed|struggled|missed|showed|came|went|not|never|lost|gave|made|took|used)\b/;
/** The clause talks about the user. */
export const aboutTheUserWords = /\b(?:you|your|yourself|he|she|his|her|they felt you|the candidate|my|me)\b/;
/** The role went to an insider, which is a change to the role rather than an experience gap. */
export const internalHire =
  /\b(?:internal(?:ly)?|secondee|seconded|from (?:head office|(?:another|a sister|our parent|the parent) (?:office|site|company|department|team|branch))|(?:the|our|their) (?:current |existing )?deputy|one of (?:our|their) (?:own )?(?:[\w-]+ )?(?:trainees|graduates|staff|employees|analysts|associates|apprentices|people|team)|in-house|colleague|(?:current|existing) (?:member of staff|staff member)|already (?:working )?(?:in|on|part of|with) (?:the|our) team|existing (?:team member|employee|colleague|staff|team)|(?:member|members) of (?:the|our) (?:existing |own |current )?(?:team|staff)|from within|former employee)\b/;
/** A person who could have got the job; with a hiring verb, in any order, it is another candidate. */
export const otherPerson =
  /\b(?:(?:someone|somebody)(?! else (?:was|had been|is|were) (?:really |actually |partly |mostly )?(?:at fault|to blame)| else's fault)|another person|a person|an applicant|another applicant|a candidate|the candidate|an? (?:\w+ )?candidate|former employee|ex-employee|contractor)\b/;
/** Verbs of hiring or choosing; a decision already taken counts in the infinitive ("decided to appoint a …"). */
export const hiringVerb =
  /\b(?:(?:decided|chose|opted|elected) to (?:appoint|offer|choose|select|pick|employ|recruit|proceed with|progress with|move forward with)|hired|hire|got the (?:role|job|position|offer)|found|chose|chosen|selected|appointed|went with|gone with|go with|going with|offered|accepted|won|secured|landed|went to|given to|decided on|settled on|picked)\b/;
/** The user's level in a language ("your level was not quite sufficient"). */
export const languageLevel =
  /\b(?:your|his|her) (?:level|(?:spoken |written )?\w+ (?:level|skills))\b|\b(?:closer to|nearer|only|at|more like|around) (?:an? )?[abc][12]\b|\bnot (?:quite )?(?:sufficient|fluent|enough)\b/;
/** "Your CV says …, but …": a claim contradicted in the interview is a conduct concern. */
export const cvClaim =
  /\byou (?:mentioned|listed|put|wrote|claimed|included|stated|said|have|had) [\w\s-]{1,40}? (?:on|in) your (?:cv|resume|résumé|linkedin|application|profile)\b|\b(?:cv|resume|résumé|linkedin|application|profile) (?:says|said|lists|listed|states|stated|shows|showed|claims|claimed|mentions|mentioned|suggests|suggested|describes|described)\b|\byou (?:told us|told the panel|told them|said|claimed|stated) (?:that )?you(?:'d| had| have)? (?:led|managed|built|owned|run|ran|delivered|designed|launched|headed)\b/;

/** Finer reasons within answers, which choose the next step ("say what you did", "add a number"). */
export const answerReasons: Array<[string, RegExp]> = [
  // The user's "we", quoted or reported, not the speaker's own ("we felt your answers lacked results").
  [
    'ownership',
    /['"]we\b|\b(?:said|saying|say|used|using|use|kept|talked about|talk about|a lot of) ['"]?we\b|\bwe['"]|what you (?:actually|really|personally|yourself) (?:did|had done|contributed|achieved)|own (?:contribution|role|part)|personally|yourself|the team|others (?:did|decided)|ownership/,
  ],
  ['results', /result|outcome|impact|quantif|numbers|figures|metric|measur|how (?:much|many)/],
  ['structure', /structur|\bstar\b|all over|jump|hard to follow|difficult to follow|beginning|trailed|to the point/],
  ['relevance', /question|off (?:the )?(?:point|topic)|tangent|wander|relevan/],
  [
    'depth',
    /generic|vague|high[- ]level|detail|depth|specific|concrete|hypothetical|theoretical|textbook|examples?|substance/,
  ],
  ['length', /\blong|lengthy|brief|short|concise/],
];

/** Finer reasons within communication. */
export const deliveryReasons: Array<[string, RegExp]> = [
  [
    'presenting',
    /slides?\b|\bdeck\b|presentation (?:ran|went|was) (?:over|long|too long)|overran|ran over|(?:time|\d+-minute) slot|text-heavy|read (?:\w+ )?(?:from|off) (?:them|the slides|your slides|your notes)/,
  ],
  ['nerves', /nerv|anxious|flustered|hesitant|confiden|uncertain|unsure|shy|timid|blank|froze|composure/],
  ['pace', /fast|quick|rushed|pace|\bslow/],
  ['listening', /interrupt|spoke over|talked over|talking over|cut \w+ off|listen|word in|dominated/],
  ['rehearsed', /rehears|script|robotic|notes|reading/],
  ['rambling', /rambl|waffl|\blong|tangent|circles|all over|concise|went on|too much|over-?explain/],
  [
    'presence',
    /eye contact|body language|quiet|energy|flat|passive|presence|posture|mumbl|cold|undersold|downplay|enthusias/,
  ],
];

/** Finer reasons within preparation. */
export const preparationReasons: Array<[string, RegExp]> = [
  ['questions', /question/],
  ['motivation', /motivat|why you|interest|enthusias|excit|commit|passion|\bwant/],
  [
    'research',
    /research|homework|website|product|app\b|know|customers|competitors|company|brief|case|read|looked|spec|description|prepar/,
  ],
];

/** Finer reasons within conduct, which choose the next step ("arrive early", "phone away"). */
export const conductReasons: Array<[string, RegExp]> = [
  ['lateness', /\blate\b|lateness|punctual|missed (?:the|your|our|a)|no[- ]show/],
  ['phone', /\bphone|mobile|messages|camera|distracted|disengaged/],
  ['negativity', /negativ|blam|bad[- ]mouth|went wrong at/],
  [
    'consistency',
    /discrepanc|inconsisten|did not match|line up|\btall(?:y|ied|ies)\b|back up|overstat|oversold|exaggerat|embellish|honest(?!ly)|truthful|\blied\b|misrepresent|told (?:the )?(?:first|one) |different (?:stories|reasons|answers|figures|numbers|versions)/,
  ],
  [
    'manner',
    /rude|dismissive|condescending|patronis|patroniz|arrogan|disrespect|aggressive|hostile|demanding|entitled|unprofessional|inappropriate|swear|swore|attitude|tone/,
  ],
];
