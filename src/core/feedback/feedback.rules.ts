import type { FeedbackCategory } from './feedback.schema';

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
export const negativeJudgement =
  /\b(?:not|no|never|nor|without|lack\w*|gaps?|weak\w*|shaky|thin|limited|basic|superficial|surface[- ]level|insufficient|struggl\w*|fell short|falls? short|below|lower|poor\w*|missing|missed|wrong|errors?|mistakes?|fail\w*|unclear|unsure|unfamiliar|vague|generic|hard to|difficult to|concern\w*|worr\w*|issues?|problems?(?! solving)|too|could have|should have|have liked|have loved|wanted to (?:see|hear)|needed (?:more|a lot|to see)|needs? (?:more|work|to|improvement|developing)|less|disappoint\w*|surprised|rushed|sloppy|slow(?:ly)?|only|mostly|mainly|largely|rather than|instead of|doubts?|doubted|hesitant|trailed|room for|improv\w*|shallow|light on|outdated|rusty|stopped short|patchy|inconsistent|underwhelming|unconvinc\w*|lost|bit of a gap|behind|unable|did not|could not|lose|losing|lost|low|little|short|quiet|poorly|badly|red flag|hoped to|hoping to|expected to (?:see|hear)|would have|not enough|off|new to you|out of date|out-of-date|long time ago|years ago|too old|dated|skipped|omitted|left out|question(?:ed)? your|made us (?:question|doubt|wonder)|theoretical|hypothetical|abstract|limiting|rarely|seldom|uncertain|undersold|downplay\w*|informal|casual)\b/;

/** Praise of the user or their work. */
export const positiveJudgement =
  /\b(?:great|excellent|strong|impressive|impressed|solid|good|polished|(?<!(?:would|'d|have|might) )(?:liked|loved)|enjoyed|fantastic|brilliant|outstanding|exceptional|positive(?:ly)?|pleasant|lovely|talented|capable|confident|articulate|thoughtful|knowledgeable|enthusias\w*|energy|passion\w*|warm|friendly|personable|stood out|engaging|sharp|bright|rapport|clean|readable|well[- ]structured|well[- ]prepared|nice|perfectly|really close|impressed|appreciated (?:how|the way|your (?!time|interest|patience|application|effort))|(?:went|did|interviewed|performed|came across|presented|prepared|spoke|answered|handled|explained|done|communicated|researched|structured) (?:really |very |so |extremely |particularly )?well|(?<!it )(?:was|were|very|really) clear|clearly (?:explained|articulated|communicated|structured)|explained [\w\s]{0,30}clearly|culture add|came through strongly|showed|thorough|insightful|beautiful|highly recommended|came recommended|elegant|creativ\w*|genuine(?:ly)?|well[- ]thought[- ]out|compelling|smart|a pleasure|delighted|sharp|strong)\b/;

/** A statement of what the employer needs: implies the user fell short of it. */
export const requirement =
  /\b(?:we|they|the (?:team|client|company|business|hiring manager|role|position|job)|it|he|she)\s+(?:really |just |simply |ideally |also |now |are |were |was |is |do |did |would )?(?:need(?:s|ed)?|want(?:s|ed)?|requires?d?|require|look(?:s|ed|ing)? for|(?:are|were) after|prefer(?:s|red)?|expect(?:s|ed)?|(?:are|were) hoping for|(?:are|were) seeking)\b|\b(?:need(?:s|ed)?|want(?:s|ed)?|looking for|after|prefer(?:red)?|(?:would|'d) like|hoping for|hoped for|look for|search for|seek|seeking|move on with|go with) (?:someone|somebody|a candidate|candidates|people|a person|an? [\w-]+ (?:person|candidate|hire))\b|\bthe role (?:requires|needs|calls for|demands)\b|\b(?:looking|hoping|want|wanting|need|needing|plan|planning) to (?:hire|find|bring in|recruit)\b|\b(?:essential|a must|non-negotiable|mandatory)\b/;

/** Worry that was explicitly ruled out ("no concerns about", "wasn't an issue"). */
export const reassurance =
  /\b(?:(?:no|not any|never any|without any|zero|nothing but) (?:real |major |particular |big )?(?:concerns?|issues?|problems?|doubts?|worries|complaints|red flags|reservations)|(?:was|were|is|are) (?:not|never) (?:an? |the |any )?(?:issue|problem|concern|factor|worry)|nothing (?:wrong|negative)|(?:did|could) not (?:fault|have asked for more)|no complaints|not (?:an? )?(?:issue|problem) at all|(?:would|do|did) not (?:say|think|feel|believe) [\w\s]{0,40}\b(?:was|were|is|are) (?:a |an |the |any )?(?:problem|issue|concern|weakness))\b/;

/** Another candidate is the subject, not the user. */
export const otherCandidate =
  /\b(?:(?:the|an?|one|two|three) (?:other|another|successful|chosen|preferred|stronger|internal|external|winning|final|selected|appointed|hired|eventual|more experienced|more senior) (?:candidates?|applicants?|persons?|people|finalists?|individuals?|hires?)|other (?:candidates?|applicants?|people|finalists|individuals)|another (?:candidate|applicant|person|finalist|individual)|someone else|somebody else|the person (?:we|they|who)|(?:the )?others (?:were|was|had)|(?:we|they)(?: have| had|'ve)? (?:went|gone|go|going|chose|chosen|selected|picked|hired|appointed|offered)\b[\w\s]{0,25}\b(?:someone|somebody|a candidate|an applicant|another|a person|one)|(?:went|gone|go|going|proceed(?:ed|ing)?|moving forward|move forward|moved forward|progress(?:ed|ing)?|decided to go) with (?:someone|somebody|another|other|a candidate|an applicant|a different|an? internal|the other|candidates|applicants)|(?:offered|given|gave) (?:the |this )?(?:role|position|job|post|it|offer) to|(?:hired|chose|selected|appointed|picked|pursue|pursuing|preferred|favou?red|went for) (?:someone|somebody|another|a candidate|an internal|other|candidates|a more|an? \w+ candidate)|the (?:successful|other) one|it went to|(?:had|have|found|met|interviewed) (?:a|another) (?:candidate|applicant|person) (?:with|who)|(?:move|moving|moved) on with (?:someone|somebody|another|a candidate|an applicant|other)|(?:went|gone|go|going|chose|selected|hired|appointed|offered it to) (?:with )?the (?:candidate|applicant|person) (?:who|with|that))\b/;

/** Work style / values evidence: makes a `fit` judgement specific rather than vague. */
export const fitEvidence =
  /\b(?:you (?:said|told us|told them|mentioned|described|talked|spoke|explained|stated|want|wanted|prefer|preferred|thrive)|(?:you|he|she) (?:seemed|appeared) to (?:want|prefer|expect)|what you said|team player|work(?:ing)? (?:alone|independently|on your own|in isolation)|prefer(?:red|ring|s)? to work|specialist|generalist|not liking|dislike)\b/;

export const cues: Cue[] = [
  // skills: knowledge, depth, tests and exercises that fell short.
  cue(
    'skills',
    'topic',
    /\b(?:knowledge|understanding|grasp|command|fundamentals?|foundations?|expertise|proficien\w*|competenc(?!y[- ](?:questions?|based|interview))\w*|familiar\w*)\b(?! (?:of|about|on|around) (?:our|the company|the business|the role|the job|the team|what we|how we|us|the industry we|the sector we))/,
  ),
  cue(
    'skills',
    'topic',
    /\b(?:(?<!non-)technical(?:ly)?|tech skills|hard skills|coding|code|programming|algorithm\w*|data structures?|complexity|big[- ]o|system design|architecture|solution|take[- ]home|assignment|exercise|tests?|testing|assessment|(?:coding|technical|take-home|design|data|sql) challenge|case study|financials|recommendations|case interview|whiteboard|live coding|pairing|pair programming|problem[- ]solving|estimation|math|maths|mathematics|numerical|numeracy|calculations?|statistics|analysis|analytical|modell?ing|formulas?|spreadsheets?|writing|written|typos|grammatical|spelling|skills?|skillset|edge cases|error handling|logging|production[- ]ready|production[- ]quality|debug\w*|queries|query|index\w*|schema|scaling|scalability|performance|security(?! clearance)|reasoning test|psychometric|aptitude|practical|hands[- ]on|technical round|portfolio|commercial awareness|accounting|procedures|principles|concepts|theory|frameworks?|tooling|stack|pitch|role[- ]play|call to action|sales technique|closing technique|objection handling|negotiation|strategic|strategy|tactical|commercial thinking|business acumen|product thinking|critical thinking)\b/,
  ),
  cue(
    'skills',
    'issue',
    /\b(?:below the (?:bar|threshold|standard|level)|did not (?:meet|pass|reach) (?:the|our) (?:bar|threshold|benchmark|standard|pass mark)|(?:did not|could not|unable to|not able to|struggled to) (?:solve|finish|complete|spot|optimi[sz]e|implement|debug|code|write (?:the |a |working )?code)|needed (?:a lot of|lots of|several|many) (?:hints|prompting|prompts|help)|(?:did not|could not|were not able to|was not able to|unable to) (?:explain|describe) (?:the difference|how (?:a|an|the) \w+ works?|what (?:a|an) \w+ is)|the only (?:real )?gap was|got stuck|(?:did not|could not|never) (?:finish|complete|compile|run)|did not compile|off-by-one|failing tests|(?:not|was not|were not|wasn't) up to (?:the )?(?:standard|scratch|par|the mark)|(?:technical|coding|design|case|analytical|written|practical|numerical|verbal|logic|logical|reasoning|situational judge?ment) (?:question|problem|task|test|round|exercise|assessment|interview)s? (?:(?:was|were) (?:poor|weak|below|not|disappointing|incomplete)|did not|went (?:badly|poorly|wrong))|(?:more|deeper|greater|enough|lacked|lack of|limited|not enough|insufficient|little|no real) (?:technical )?depth (?:in|on|of|around|across) (?!(?:any|it|them|this|that|your|the (?:answers?|examples?|questions?))\b)\w)/,
  ),

  // experience: level, years, seniority, industry and domain.
  cue(
    'experience',
    'issue',
    /\b(?:too (?:junior|senior|inexperienced|experienced|green)|over[- ]?qualified|under[- ]?qualified|(?:more|less) (?:senior|junior|experienced) than|would (?:get |be )bored|make the most of your (?:experience|skills|background)|operating at (?:a )?(?:director|vp|head|senior|principal|executive) level|(?:not|no) (?:enough )?(?:relevant )?experience (?:in|of|at)|more of an individual contributor|(?:would|'d|might) find it (?:limiting|boring|unchallenging|a step down)|step(?:ping)? (?:down|back) (?:from|into)|coming from a (?:head|director|lead|senior|manager|vp)\w*|more time in a|inexperience|career (?:change|changer|switch)|new to the (?:industry|sector|field)|(?:never|not|have not|had not) worked in (?:a|an|the)|first role in|(?:industry|sector|domain|market) knowledge|(?:not|never|had not|have not|has not) (?:\w+ ){0,2}(?:done|led|run|managed|owned|delivered) (?:this|that|it|one|something like (?:this|that))? ?before|not something you(?:'d| had| have)? (?:done|led|run)|(?:would not|will not|not) (?:really )?challenge you|not (?:be )?(?:stretched|challenged)|(?:suited|suit|fit) (?:to|for) a (?:more )?(?:junior|senior|mid-level|entry-level|lead|management) (?:role|position|level|job)|(?:gap|jump|step|leap) (?:between|from) your (?:current|last|previous) (?:role|job|position)|(?:big|too big|large|huge) (?:step|jump|leap)|step up|stability|(?:\w+ )?jobs in (?:\w+ )?years|job[- ]hopp\w*|short stints|(?:needs|need|needed) more (?:leadership|management|senior|industry|sector|relevant) experience)\b/,
  ),
  cue(
    'experience',
    'topic',
    /\b(?:experience(?:d)?|(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|more|enough|few) years?'? (?:of|in|as|experience|managing|leading|working|at)|at least (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few) years|years of|seniority|(?:too|more|less|not|enough|sufficiently|quite|very) (?:senior|junior)|(?:senior|junior) enough|mid-level|track record|network|contacts|book of business|client base|cpa|aca|acca|cima|cfa|pmp|mba|chartered|certification|certified|licensed|(?:in|of|across) the [\w-]+ markets?|evidence of (?:working|leading|managing|shipping|building|delivering|running|owning)|shipped products|client[- ]facing|customer[- ]facing|background|career|industry|sector|domain|in[- ]house|agency[- ]side|client[- ]side|b2b|b2c|enterprise (?:clients|customers|sales|accounts)|startup|start-up|scale-?up|corporate|public sector|private sector|regulated|leadership|leading (?:a |the )?(?:team|teams|people|projects?|function|department)|led (?:a |the )?(?:team|teams|people|function|department)|(?:managed|managing|manage) (?:a |the )?(?:team|teams|people|stakeholders|budgets?|direct reports|a function|others)|people (?:management|manager|leader)|line management|team lead|direct reports|at scale|(?:bigger|larger|much bigger|greater) scale|millions of|qualifications?|qualified|exposure|tenure|done this (?:before|at)|worked (?:in|at|for) (?:a|an|the))\b/,
  ),

  // answers: the content and structure of what the user said.
  cue(
    'answers',
    'issue',
    /\b(?:off (?:the )?(?:point|topic|question)|trailed off|got to the point|get to the point|went off on (?:a )?tangents?|off on tangents?|textbook|(?:kept|keep) saying ['"]?we|said ['"]?we['"]? (?:a lot|rather|instead)|talk about ['"]?we|['"]we['"] (?:a lot|rather|instead|not)|what you (?:personally|yourself|actually) (?:did|had done|contributed|achieved)|your own (?:contribution|role|work|part)|(?:did not|never) (?:really )?answer(?:ed)? (?:the|what|my|our|their)|answered a different question|did not (?:address|answer) (?:the|my|our|their|that) question|(?:did not|never|could not) (?:fully |really |quite )?(?:understand|grasp|get) (?:the|what the|my|our) question|went in circles|going in circles|wander\w* (?:away |off )?(?:from|off)|drift\w* (?:away |off )?(?:from|off)|away from the question|(?:hard|difficult|struggled|unable|could not) to explain why you (?:made|chose|decided|picked|went)|explain why you (?:made|chose|decided|picked) |(?:long|lengthy|long-winded)[\w\s,]{0,20}\b(?:answers?|responses?)\b|buzzwords|clich\w+|(?:no|few|weak|thin|generic|irrelevant|old|outdated) examples|examples (?:were|was) (?:weak|old|thin|generic|irrelevant|dated|outdated|limited|vague)|(?:did not|never|could not|didn't) (?:give|provide|offer|share|use) (?:any |many |enough |specific |concrete |real |relevant )*examples|storytelling|narrative|(?:defend|justify|explain|back up|support) (?:the |your |some of the |some of your )?(?:assumptions|reasoning|choices|decisions|thinking|rationale|claims|numbers|recommendations?|prioriti[sz]ation|approach|trade-?offs)|(?:understand|tell|see|clear (?:on|about)?|follow) (?:what )?your (?:own )?(?:role|part|contribution) in|(?:said|say|saying) ['"]?the team['"]?|lack of ownership|framed as what others|what others (?:did|decided)|answered something (?:slightly |completely |quite )?(?:different|else)|said (?:very )?little|(?:not much|lacked|without|no|little) substance|(?:hoped|hoping|wanted|liked|expected) to (?:hear|see|learn) more (?:about|on)|more about (?:your own|how you|what you)|(?:could not|can not|did not|unable to) (?:name|give|cite|provide|think of) (?:a|any|one|a single) (?:metric|number|example|result)|go into (?:enough |much |any |more )?(?:depth|detail)|in general terms|go off script|(?:hard|difficult) to (?:follow|tell what|judge the impact|understand what you)|no (?:clear )?(?:result|outcome)s?\b|(?:did not|never) (?:say|mention|explain|tell us|share) (?:what|how) (?:the )?(?:result|outcome|impact)|not quantif\w*|(?:did not|never) quantif\w*|(?:without|no|any) (?:numbers|metrics|figures|data) |(?:too|very|quite|bit|fairly|rather|pretty|somewhat|a little|overly) (?:brief|short|high[- ]level))\b/,
  ),
  cue(
    'answers',
    'topic',
    /\b(?:examples?|stories|story|star (?:method|format|framework|structure)|star\b|(?<!data |well-|well )structure[ds]?(?! (?:environment|culture|setting|team|organi[sz]ation|company))|unstructured(?! (?:environment|culture|setting|team|organi[sz]ation|company))|quantif\w*|metrics?|context|(?:the |your )?reasoning (?:behind|for)|explain (?:your|the) reasoning|rationale|thought process|the why|why behind|high[- ]level|follow-up questions|competency questions|behaviou?ral questions|relate it|situation)\b/,
  ),
  cue(
    'answers',
    'weakTopic',
    /\b(?:answers?|responses?|answered|explain\w*|articulate|results?|outcomes?|impact|numbers|specifics|detail(?:s|ed)?|depth|concrete|evidence)\b/,
  ),

  // communication: delivery rather than content.
  cue(
    'communication',
    'issue',
    /\b(?:nervous\w*|nerves|anxious|flustered|rattled|hesitant|softly spoken|mumbl\w*|inaudible|spoke (?:too |very |quite )?(?:fast|quickly|quietly|softly)|talked (?:too |very |quite )?(?:fast|quickly)|(?:you were|you went|answered|answering) (?:too|very|quite) (?:fast|quickly)|interrupt\w*|spoke over|talked over|talking over|cut (?:us|them|people|others|the \w+) off|not listening|did not listen|body language|arms (?:folded|crossed)|fidget\w*|(?:rehearsed|scripted|robotic|monotone|wooden)|flat|unenthusiastic|low energy|lacked energy|(?:quite |a bit |rather |too )?passive|cold|aloof|jargon|long[- ]winded|rambl\w*|waffl\w*|went in circles|going in circles|all over the place|jumping between|went off on (?:a )?tangents?|off on tangents?|dominated|did not let (?:others|anyone|the others)|ran over|ran out of time|spent too long|too long on|(?:did not|never) (?:talk|walk) (?:us )?through (?:your )?(?:approach|thinking|thought process|reasoning)|think(?:ing)? out loud|(?:more|less) concise|be (?:more )?concise|presence|gravitas|came across as (?:unsure|uncertain|nervous|timid|shy|low energy|rehearsed)|(?:lacked|lack of|more|low) confidence|to get a word in|speak up|went blank|mind went blank|(?:you|he|she) froze|froze up|stammer\w*|stutter\w*|filler words|inarticulate|awkward\w*|\bstiff|(?:lost|lose|losing) (?:your )?composure|talked for (?:\w+ ){1,2}minutes|spent (?:\w+ ){0,2}minutes (?:on|talking)|over-?explain\w*|undersold|undersell\w*|downplay\w*|self-deprecat\w*|sell yourself|(?:looking at|reading (?:from|off)?|read (?:from|off)) (?:your )?(?:notes|the screen|a script|answers)|went on (?:for|too long)|dragged on|ran (?:\w+ ){0,2}over|over time|(?:not|was not|were not) (?:very |always |particularly |entirely )?clear (?:when|in|while) (?:explaining|describing|talking|presenting)|unclear (?:when|in) (?:explaining|describing)|tired|less engaged|low engagement|(?:too|very|quite|a bit|bit) quiet|quietly|jump(?:ed|ing)? around|talk(?:ed)? (?:a lot but|too much)|over-?talk\w*|presentation (?:was |ran |went )?(?:too long|over|long)|overran|(?:did not|no) (?:leave )?time for questions|push back|assertive\w*|lose energy|lost energy|energy (?:was|seemed|felt) (?:a little |a bit |quite |rather |very )?(?:low|flat)|(?:did not|not|never|does not|failed to) (?:\w+ ){0,3}listen|(?:did not|could not) (?:adapt|tailor) (?:your|the) (?:explanation|language|message))\b/,
  ),
  cue(
    'communication',
    'topic',
    /\b(?:communicat\w*|delivery|(?:your|speaking|talking) pace|pace of (?:your )?(?:speech|delivery|speaking|answers)|tone of voice|eye contact|articulat\w*|clarity|concise\w*|listening|listener|rapport|engagement|energy|enthusiasm|confidence|presentation skills|presenting|presenter|verbal)\b/,
  ),
  // Answers that ran long are both a content and a delivery problem.
  cue(
    'communication',
    'issue',
    /\b(?:answers?|responses?)\b[\w\s]{0,25}\b(?:long|lengthy)\b|\b(?:long|lengthy|long-winded)[\w\s,]{0,20}\b(?:answers?|responses?)\b/,
  ),
  cue('answers', 'issue', /\b(?:answers?|responses?)\b[\w\s]{0,25}\b(?:long|lengthy)\b/),

  // preparation: research, motivation, questions for them.
  cue(
    'preparation',
    'issue',
    /\b(?:(?:did not|had not|never|not) (?:\w+ ){0,2}(?:look(?:ed)? at|read|tried|used|research(?:ed)?|review(?:ed)?|check(?:ed)? out|visit(?:ed)?|download(?:ed)?) (?:our|the|any of our|their) (?:\w+ ){0,2}(?:product|app|website|site|platform|service|job description|jd|brief|case study|materials?|docs?|documents?|pack|annual report|blog|careers page|spec|architecture doc|prep|pre-read)|(?:did not|had not|never) (?:ask|have) (?:us |them |the panel )?(?:any|a single|many|much|more|enough|anything) (?:questions?|about)|(?:did not|never) ask (?:us )?anything|(?:called|named|got) (?:our|the) (?:company|product|brand) (?:by )?(?:the )?wrong|wrong name|question (?:your|his|her) commitment|(?:no|few) questions (?:for|at the end|to ask)|(?:your|the) questions (?:for us|at the end)? ?(?:were|was) (?:quite |very |a bit |rather )?(?:generic|basic|standard|weak|limited)|mixed us up|confused us with|unprepared|under-?prepared|not prepared|(?:could|should) have prepared|put (?:it|this|that) together in a rush|you (?:thought|assumed|believed|expected) (?:it|the role|the job|this|we|our)\b|(?:looked|look|looking) into (?:our|the company|us|the business)|read up on|expected you to (?:have )?(?:read|prepared|looked|researched|come (?:with|prepared))|(?:understood|understand|knew|know|grasped) what (?:the|this) (?:job|role|position) (?:actually |really )?(?:involves|entails|is|requires|needs)|(?:did not|had not|never) (?:seem to )?know (?:much|what|anything|who|that|about)|(?:not |un)(?:sure|clear|convinced) (?:why|on why|about why|(?:that )?you (?:really |truly |genuinely )?want\w*)|why you (?:want(?:ed)?|were interested|applied)|not committed|(?:more|only|mainly|just) interested in (?:the )?(?:title|money|salary|pay|package|brand|perks|name)|(?:addressed|written) to (?:another|a different|the wrong) (?:company|employer|firm)|wrong company|why you (?:are|were) (?:leaving|looking|moving|applying)|(?:questions|doubts|concerns) (?:about|over|around) your (?:motivation|commitment|interest)|not (?:that |very |really )?interested|lack of interest|curiosity)\b/,
  ),
  cue(
    'preparation',
    'topic',
    /\b(?:(?:company |background )?research (?:on|into|about) (?:us|the|our)|(?:your|much|enough|little|no) (?:research|homework)|researched|homework|preparation|prepared|prep|motivation|motivated|interest in (?:the|this|our)|(?:more|better|any|few|good) questions (?:from you|for|about)|questions from you|our (?:product|products|company|business|customers|clients|users|market|mission|values|strategy|roadmap|competitors|pricing|app|platform|services?)|(?:about|of|into|on|researched|know|knew) the (?:company|business)|the (?:role itself|job description|jd)|curiosity|curious|questions (?:for us|for them|about the|at the end)|(?:knowledge|understanding) (?:of|about) (?:our|the company|the business|the role|the job|the team|what we|how we|us)|committed|commitment|cover letter|(?:excited|enthusiastic|passionate|interested|keen) (?:about|in|by) (?:the|this|our) (?:role|job|company|position|opportunity|mission|product|work)|why (?:this|the|our) (?:role|job|company|team|sector|industry))\b/,
  ),

  // conduct: behaviour that disqualifies regardless of ability.
  cue(
    'conduct',
    'issue',
    /\b(?:(?:arrived|were|was|turned up|showed up|joined|logged on|logged in|dialled in|dialed in|came)\b[\w\s]{0,30}\blate\b|\blate (?:to|for|arriving|joining)\b|lateness|punctual\w*|(?:missed|did not (?:turn up|show up|attend|join)) (?:the|your|our|a) (?:first |initial |scheduled )?(?:call|interview|meeting|slot|appointment)|no[- ]show|(?:checking|checked|looking at|used|using|on) (?:your |their )?(?:phone|mobile|messages|email)|(?:took|take|taking|answered) (?:a |another )?(?:phone )?call (?:during|in the middle)|camera (?:off|on)|(?:turn|switch)(?:ed)? (?:your |the )?camera|rude\w*|dismissive|abrupt|curt|brusque|impatient|criticis\w*|criticiz\w*|critical of (?:your )?(?:current|previous|former|last|old|past)|missed (?:the|our|a) deadline|without (?:letting us know|telling us|notice|warning|explanation)|(?:told|said to) (?:the )?(?:first|one) [\w\s]{0,40}\b(?:and|but) (?:the )?(?:second|other|next)|different (?:numbers|figures|stories|versions|answers) to different|(?:dressed|dress) (?:too |very |quite )?(?:casual\w*|inappropriately)|inappropriately dressed|attire|gossip\w*|(?:shared|disclosed|revealed) confidential|misled|misleading|fabricat\w*|made up|cancell?ed (?:at|with) (?:the )?(?:last minute|short notice|little notice)|rescheduled (?:several|multiple|three|many|a number of) times|pushy|kept (?:calling|chasing|emailing)|profanity|bad language|(?:inappropriate|offensive|off-colou?r) (?:comment|joke|remark)s?|made a joke|joked about|raised your voice|shout\w*|snapped|lost your temper|(?:got|became|seemed) (?:angry|irritated|annoyed|impatient|frustrated)|(?:gave|giving|gave us) different (?:figures|numbers|answers|dates|accounts|versions)|contradict\w*|changed your (?:story|answer)|(?:too|overly|very|quite) (?:informal|casual|familiar)|dismiss(?:ed|ing)|defensive\w*|argumentative|combative|confrontational|argued|prickly|(?:spoke|talked|speaking|talking) (?:badly|poorly|negatively|critically|disparagingly) (?:about|of)|red flag|(?:checked|checking|looked at|looking at|glanced at|glancing at) (?:your |the )?(?:watch|clock|time)|in a hurry to (?:leave|finish|go)|yawn\w*|eye[- ]roll\w*|sarcas\w*|(?:did not|never|failed to) (?:follow up|follow-up|respond|reply|get back|send)|condescending|patronising|patronizing|arrogan\w*|disrespectful|aggressive|hostile|demanding|entitled|unprofessional|inappropriate|swear\w*|swore|(?:spoke|talked|were|was|been|quite|very|overly) (?:\w+ )?negative\w* about|negativ\w* (?:about|towards) (?:your )?(?:previous|former|current|last|old|past|ex-?)|bad[- ]mouth\w*|blamed|blaming|(?:focused|dwelt|dwelled) on what went wrong|discrepanc\w*|inconsisten\w* (?:with|between|in) (?:your )?(?:cv|resume|résumé|application|references?|dates|what)|(?:did not|does not|do not) (?:match|line up with|tally with) (?:what|the|your)[\w\s]{0,30}\b(?:cv|resume|résumé|application|linkedin|references?|record|said|told|gave)|(?:references?|referees?|background check) (?:did not|does not|do not|could not) (?:back up|support|confirm|match|verify)|references? (?:raised|flagged|mentioned)|reliab\w*|dependab\w*|trustworth\w*|integrity|superior|smug|know-it-all|cocky|full of yourself|tone (?:in|of|during) (?:your |the )?(?:interview|email|message|call|follow-up|reply)|tone came across|negativ\w* (?:about|towards)|overstat\w*|oversold|exaggerat\w*|embellish\w*|dishonest|not (?:been )?honest|not truthful|lied|misrepresent\w*|distracted|disengaged|chewing|eating during|attitude|(?:your |the )?tone (?:in|of) (?:your |the )?(?:email|message|follow-up|reply)|unresponsive|(?:did not|never) (?:apologi[sz]e|reply|respond|confirm))\b/,
  ),

  // fit: culture, team, work style, "not the right fit".
  cue(
    'fit',
    'issue',
    /\b(?:(?:not|never|no|nor) (?:quite |really |exactly |necessarily )?(?:the |a |an )?(?:right |good |great |strong |perfect |natural |ideal |best )?(?:cultural |culture |team |personality |values )?fit|not fit|(?:better|stronger|best) fit (?:for|with|elsewhere|in|at)|fit (?:better|elsewhere)|(?:cultural|culture|team) fit|different (?:profile|direction)|another direction|(?:went|go|going|gone) (?:a|in a) different (?:way|direction)|(?:go|went|going|gone) (?:another|a different|a new) way|(?:a |in a )?new direction|thrive in|(?:fast-moving|fast-paced|unstructured|structured|corporate|startup|start-up|scrappy|ambiguous) (?:environment|culture|setting|team)|(?:you|you would|you'd) be a (?:better|good|great|stronger) (?:match|fit) for|(?:better|good|great) match for (?:a|an) (?:team|company|business|organi[sz]ation|environment|place)|different (?:from|to) what (?:we|they|the client) (?:had in mind|were looking for|are looking for|need|needed)|not what (?:we|they) had in mind|not (?:quite |exactly )?what we (?:are|were) looking for|not what (?:they|the client) (?:are|were|is) looking for|(?:better|more|best) suited (?:to|for)(?! (?:a |an )?(?:more )?(?:junior|senior|mid|entry|lead))|many hats|narrowly defined|(?:the |a )?(?:right|good|great|perfect|natural) match|different approach|(?:happier|better off) (?:in|at|with|somewhere)|enjoy the pace|not (?:quite |exactly |really )?what (?:we|they) (?:need|want|are after|were after|had in mind)|(?:more of a|too much of a) (?:specialist|generalist|corporate person|startup person)|(?:looking for|need|want) a (?:generalist|specialist)|(?:did not|never) (?:really |quite )?(?:click|connect|gel|mesh)|chemistry|team dynamics?|personality|mindset|(?:ways?|style) of working|ethos|philosophy|(?:you|he|she) (?:seemed to |appeared to )?(?:want|prefer|expect)(?:ed)? (?:a|an) (?:narrow\w*|more|less|different|specific)|(?:more|better) (?:comfortable|at home|happy) (?:in|at|with)|would suit (?:a|an|someone|you)|(?:not|never) (?:\w+ )?(?:gel|mesh|click|suit|fit in|fit with|align)|wouldn't suit|(?:working|work|personal|management) style|team player|culture|cultural(?:ly)?|not (?:a )?(?:good )?match for (?:the|our) (?:team|culture)|not aligned|alignment|work(?:ing)? (?:alone|independently|on your own)|prefer(?:red|ring)? to work|thrive on|not what (?:this|the) role is)\b/,
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
    /\b(?:close (?:call|decision|race|second|run thing)|(?:very|really|incredibly|extremely|so|super|too) close\b(?! (?:to|attention|eye|with|contact|look))|it was close|came down to (?:you and|two|one other|a choice|between|the final)|between you and (?:one|another|two|the)|runner[- ]up|second choice|second place|narrowly (?:missed|beaten|pipped|lost|edged|ahead|behind|out)|pipped|edged (?:it|ahead|you)|(?:stronger|more experienced|better[- ]qualified) (?:candidates|applicants|field|shortlist)|strong (?:shortlist|field|pool|competition)|(?:many|number of|lot of|several|so many) (?:strong|excellent|great|qualified|exceptional) (?:candidates|applicants|people)|(?:closer|closest) (?:match|alignment)|(?:hard|tough|difficult) (?:decision|choice|call)|numbers game|made (?:an|the) offer|offer (?:has been|was|had been) accepted|(?:could|might) have gone either way|neck and neck|fine margins?|(?:very|highly|extremely|incredibly|really) competitive|competitive (?:field|process|pool|round|shortlist)|finalists?|final (?:two|three|four)|(?:more )?closely (?:match\w*|align\w*)|stand out (?:from|against|amongst|among)|compared (?:to|with) (?:the )?other|only (?:one|a single) (?:role|position|opening|place|vacancy|spot|offer)|one opening|filled (?:the |this |that )?(?:role|position|vacancy|post|job)|(?:role|position|vacancy|post|job) (?:has been|was|is now|is) filled|offered (?:the |this )?(?:role|position|job|post) to|gone with|went with|go with|going with|more suitable candidate|better candidate|internal(?:ly)? (?:candidate|applicant|promotion|hire)|hire internally|filled internally|promoted internally|recruit internally|(?:fill|filled|filling|hire|hired|hiring|recruit|recruited|promote|promoted|appoint|appointed)\b[\w\s]{0,20}\binternally|colleague who (?:was|is) already|already (?:in|on|part of) (?:the|our) team|someone internal|internal (?:person|hire|applicant)|former employee|ex-employee|from within (?:the|our) (?:team|company|business|organi[sz]ation|department)|in-house candidate|existing (?:team member|employee|member of staff|staff member|colleague)|(?:keep|kept|keeping) (?:the work|it|the role|this) in-house|current employee)\b/,
  ),

  // role_change: the role itself changed.
  cue(
    'role_change',
    'event',
    /\b(?:on hold|paus(?:e|ed|ing) (?:the |our |all |any )?(?:recruitment|hiring|search|process|role|position|vacancy|campaign)|(?:recruitment|hiring|search|process|role|position|vacancy|req|campaign) (?:has been |had been |was |is |are |were )?paused|put on ice|on ice|(?:put|placed|is|are) on pause|from within (?:the|our) (?:team|company|business|organi[sz]ation|department)|in-house candidate|cancell?ed|cancell?ing|withdrawn|pulled (?:the|this) (?:role|position|vacancy|req)|(?:hiring|recruitment|headcount) (?:freeze|is frozen|has been frozen|was frozen|pause|has been paused|budget)|freeze (?:on )?(?:hiring|recruitment|headcount)|(?:hiring|headcount|budget|role|position|recruitment|vacancy) (?:is |was |has been |had been )?frozen|freeze hiring|restructur\w*|re-?organi[sz]\w*|reorg|merg(?:ed|ing) (?:into|with)|headcount|funding (?:round )?(?:fell|fall|did not|was not|has not)|budget (?:was |has been |had been )?(?:cut|cuts|changes?|freeze|frozen|constraints?|reductions?|pulled|withdrawn|approved|approval|reasons|was not approved|not approved)|(?:due to|because of) (?:budget|funding|financial)|budget\b[\w\s]{0,20}\b(?:cut|cuts|frozen|pulled|withdrawn|removed|reduced|slashed|not approved)|(?:came down to|due to|because of|about) (?:the )?(?:timing|budget|funding|headcount)|timing and budget|(?:did not|do not|does not) have the budget|no (?:longer )?(?:budget|funding)|decided not to (?:fill|hire|recruit|go ahead with)|not (?:to )?(?:fill|hire for) (?:the|this) role|no longer (?:exists|available|open|needed|hiring|recruiting|going ahead|required)|not (?:currently )?hiring|stopped hiring|internal(?:ly)? (?:candidate|applicant|promotion|hire|move|transfer|appointment)|hire internally|filled internally|promoted internally|recruit internally|(?:fill|filled|filling|hire|hired|hiring|recruit|recruited|promote|promoted|appoint|appointed)\b[\w\s]{0,20}\binternally|colleague who (?:was|is) already|already (?:in|on|part of) (?:the|our) team|internal promotion|(?:hire|hired|hiring|fill|filled|appoint|appointed|promote|promoted|recruit|recruited)\b[\w\s]{0,20}\binternally|eliminated|(?:froze|frozen|freezing|paused|stopped|halted) (?:all |any |our )?(?:recruitment|hiring|headcount|new hires)|(?:given|offered|gave) (?:the role|it|the job|the position) to (?:a|an|one of our) (?:colleague|existing|current|internal|team member)|colleague who (?:was|is) already|already (?:in|on|part of) (?:the|our) team|(?:change|shift) (?:in|of) (?:strategy|direction|plans)|someone internal|internal (?:person|hire|applicant)|former employee|ex-employee|boomerang|(?:closed|pulled|removed|withdrew|withdrawn) (?:the |this |that )?(?:role|position|req|requisition|vacancy|opening|post)|(?:role|position|req|requisition|vacancy|opening|post) (?:has been |was |is |got )?(?:closed|pulled|removed)|(?:project|contract|client|account|programme|program) (?:was |has been |had been |got )?(?:cancell?ed|lost|pulled|ended|scrapped|shelved)|lost the (?:contract|client|funding|project|account)|business needs|(?:following|after|due to|because of) (?:the |an? |our )?(?:acquisition|merger|takeover|funding round|round of layoffs)|downsiz\w*|cost[- ]cutting|cost savings|disband\w*|outsourc\w*|re-?advertis\w*|regrad\w*|downgrad\w*|re-?(?:evaluat|assess)\w* (?:the|this) (?:role|position|need)|reassess\w* our (?:roadmap|needs|plans|priorities|hiring)|not going ahead|no longer going ahead|not (?:to )?go ahead with (?:the|this) (?:hire|role|position)|(?:budget|headcount|funding|req|requisition)\b[\w\s]{0,20}\b(?:reallocat\w*|moved|redirected|diverted|repurposed|transferred)|existing (?:team member|employee|member of staff|staff member|colleague)|(?:keep|kept|keeping) (?:the work|it|the role|this) in-house|current employee|changed the (?:brief|scope|spec|requirements|job description)|(?:brief|scope|spec|requirements) (?:changed|has changed|shifted)|mid-process|re-?scoped|redefined the role|not (?:to )?(?:fill|hire for|recruit for|proceed with) (?:the|this|that) (?:role|position|vacancy|post|job|opening)|to not fill|(?:role|position|job|vacancy|post|req) (?:was |has been |got |is being )?(?:cut|scrapped|axed|removed|closed|dropped|killed)|layoffs?|laid off|redundanc\w*|(?:company-wide|company wide|org-wide) (?:reduction|cuts|changes)|reduction in force|not (?:to )?(?:hire|recruit) (?:anyone|anybody|this year|for now)|(?:hiring manager|team lead|manager) (?:has )?(?:left|resigned|moved on)|(?:change|shift) (?:in|of) (?:business )?(?:priorities|direction|strategy)|scope of the role (?:has )?changed|role (?:has )?changed|(?:right|wrong) time (?:for us )?to hire|not the right time|might come back|reopens?|re-?open(?:ed)?)\b/,
  ),

  // logistics: a mismatch of terms, not a weakness.
  cue(
    'logistics',
    'event',
    /\b(?:salary|salaries|pay|package|compensation|remuneration|day rate|rate expectations|salary band|pay band|pay range|compensation range|equity|(?:hourly|daily|contract|your|day) rate|fees?|(?:above|over|more than|exceed\w*|outside|beyond|double)[\w\s]{0,15}\b(?:budget|range|band|bracket)|(?:above|over|outside|beyond|exceeds?|exceeded) (?:our |the |what we |their )?(?:budget|range|band|bracket)|match your (?:current )?(?:package|salary|expectations))\b/,
    'salary expectations',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:visas?|sponsor\w*|right to work|work permit|work authori[sz]ation|eligib\w* to work|work eligibility|lmia|h-?1b|green card|citizenship|permanent resident\w*|residency)\b/,
    'visa sponsorship',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:relocat\w*|commut\w*|on-?site|in the office|office[- ]based|(?:days|times) (?:a|per) week in|time ?zones?|return to office|office attendance|too far|distance from|in-person|hybrid|fully remote|remote (?:work|working|only|role|position|setup|set-up|arrangement|option|first)|work(?:ing)? remotely|stay remote|work remotely|based in|location|local)\b/,
    'location and on-site days',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:travel (?:across|to|\d|required|requirement|more|is)|(?:could not|can not|unable to|not able to) travel|\d+% travel|travelling|traveling)\b/,
    'travel',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:notice period|start (?:date|immediately|sooner|earlier|straight away|right away|in (?:january|february|march|april|may|june|july|august|september|october|november|december))|could start|can start|available to start|availability|(?:could|can|would) only start|start (?:after|before|until|from|next|no earlier)|earliest start)\b/,
    'start date',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:shifts?|part[- ]time|full[- ]time|(?:asked for|need|needed|want|wanted|require|required|offer|accommodate|requested) (?:\w+ )?flexib\w*|overtime|night shifts?|unsocial hours|job share|(?:four|4|three|3)[- ]day (?:week|weeks)|compressed hours|condensed hours|freelance|temp(?:orary)? (?:role|position|contract)|working hours|hours (?:you|required|of work)|weekends?|evenings|on-call|leave at \d|\d ?pm|rota|roster|work (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|nights)|(?:days|hours) (?:a|per) week|contract (?:only|role|position|basis)|permanent (?:role|position)|looking for permanent|fixed[- ]term|maternity cover)\b/,
    'working hours and contract',
  ),
  cue(
    'logistics',
    'event',
    /\b(?:driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e|drug (?:test|screen)|(?:security |sc |dv |nv1 |nv2 |government )clearance|clearance|background check|dbs check|own car|a car)\b/,
    'licence or clearance',
  ),

  // no_feedback: explicit refusal to give feedback (boilerplate is handled separately).
  cue(
    'no_feedback',
    'event',
    /\b(?:polic(?:y|ies)|(?:not|unable|can not|no longer|never) (?:able |allowed |permitted |in a position )?(?:to )?(?:provide|give|share|offer|disclose) (?:any |individual |detailed |specific |personal |further |more |interview |written |formal )*(?:feedback|details?|reasons?|information|comments)|(?:do not|does not|did not|can not|could not|will not) (?:share|provide|give|offer) (?:any |individual |detailed |interview |specific |more )*(?:feedback|details?|reasons?)|no (?:further |specific |detailed )?feedback|(?:volume|number|amount) of (?:applications|applicants|candidates|interest|responses)|(?:respond to|reply to|get back to) (?:each|every|all)|not in a position to|legal (?:reasons|advice)|(?:could not|can not|unable to) (?:share|say|go into) (?:more|much|any|details|detail|specifics)|nothing specific|no reasons? (?:was |were )?given|(?:did not|have not|has not|had not) (?:given|provided|shared|sent|offered) (?:us |me )?(?:any )?(?:feedback|a reason|reasons|details)|(?:still )?chasing (?:them |the client )?for feedback|(?:keep|kept|is|are) (?:feedback |it |interview feedback )?confidential|not something (?:we|i) can share|comment on individual|did not (?:give|get) (?:any )?(?:reasons?|details|specifics))\b/,
  ),
];

/** Polite boilerplate that says a decision without a reason. */
export const boilerplate =
  /\b(?:after (?:careful|much|long|due|thorough|further) (?:consideration|deliberation|review|thought)|regret to (?:inform|advise|let you know)|(?:not|un)successful|on this occasion|(?:will|would|are|have) not be(?:en)? (?:progressing|moving forward|taking (?:your application |you |this |things )?forward|proceeding|continuing)|decided not to (?:move forward|proceed|progress|take|continue)|not (?:to )?(?:move|moving|take|taking) (?:you |your application |this )?forward|not (?:be )?progress(?:ing)?|will not be moving|(?:keep|hold|retain) (?:your|you|the) (?:cv|details|resume|profile|information|application) on file|on (?:our )?file|wish you (?:the )?(?:very )?(?:best|every success|well|luck|all the best)|best of luck|good luck|thank(?:s| you) (?:again )?for your (?:interest|application|time|patience|applying)|(?:we |i )?(?:really )?appreciate (?:your|you) (?:interest|time|taking|applying|patience|application)|(?:decided|chosen|chose) to (?:move forward|proceed|pursue|progress|continue) with (?:other|another|candidates)|(?:decided|chosen|chose) to pursue (?:other )?(?:candidates|applicants)|whose (?:experience|qualifications|skills|profiles?|backgrounds?) (?:more |better )?(?:closely )?(?:match\w*|align\w*)|different direction|another direction|different way|another way|different approach|new direction|decided not to make (?:an|you an) offer|not (?:to )?make (?:an|you an) offer|not be (?:offering|inviting)|no longer (?:be )?(?:considering|under consideration)|not (?:be )?(?:shortlisted|selected)|it is a no)\b/;

/** Praise that is about other people or a set-up for a "but", not about the user. */
export const notPraiseOfUser =
  /\b(?:(?:very |really |extremely |incredibly )?strong (?:shortlist|field|pool|competition|applicants|candidates|list)|(?:others|they|the other \w+) (?:were|was) (?:stronger|better)|(?:looks?|looked|seem(?:s|ed)?) (?:\w+ )?(?:great|good|strong|impressive|fine) on paper)\b/g;

/** Strength phrases that carry no evaluative adjective. */
export const strengthEvent =
  /\b(?:(?:enjoyed|loved|liked) (?:meeting|speaking|talking|chatting|getting to know|learning about|hearing|working)|(?:lovely|great|nice|a pleasure|a real pleasure) (?:to meet|meeting|speaking|talking|chatting)|(?:strong|great|excellent|good|impressive|top|standout) (?:candidate|interview|performance|background|profile|cv|engineer|designer|developer|analyst|manager|communicator|presenter|fit|cultural fit|culture fit|portfolio|examples|first impression|energy|questions)|(?:positive|great|good|glowing) (?:feedback|impression|overall)|(?<!not |never |had not |have not )(?:had |'d )?done (?:your|their) homework|(?:one of the|among the) (?:best|strongest|top)|did (?:really |very )?well|went (?:really |very )?well|get on with the team|(?:would|'d) (?:love|have loved) (?:you|to have you|to work with you)|love (?:you|to have you) on the team)\b/;
