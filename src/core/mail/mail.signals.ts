import type { MailKind } from './mail.types';

/**
 * One phrase that points to a kind of job email. `assertive` phrases state something positive ("we'd like to
 * invite you…", "we are pleased to offer…"): a negation before them ("we will not be inviting you…") turns them
 * into a rejection, and a condition ("if you are shortlisted, we will invite you…") weakens them.
 */
export interface MailSignal {
  kind: MailKind;
  weight: number;
  pattern: RegExp;
  label: string;
  assertive?: boolean;
}

const job = '(?:application|candidacy|candidature|cv|resume|résumé|profile)';
const stage =
  '(?:interview|call|chat|conversation|meeting|screen(?:ing)?|assessment|round|stage|panel|on-?site|session|discussion|meet(?:ing)? and greet|video call|phone call|coffee)';

/** Signals read in the body, sentence by sentence (lower-cased, straight quotes). */
export const bodySignals: MailSignal[] = [
  // Rejections: most are written as negations, so they are matched whole.
  {
    kind: 'rejection',
    weight: 3,
    label: 'not moving forward',
    pattern:
      /(?:\bnot|n't|\bno longer)\s+(?:be\s+)?(?:able to\s+)?(?:to\s+)?(?:moving|move|proceed(?:ing)?|progress(?:ing)?|going|go|taking|take|advanc(?:e|ing)|continu(?:e|ing)|pursu(?:e|ing)|consider(?:ing)?)\b[^.;]{0,60}?\b(?:forward|further|ahead|next (?:stage|step|round)|with (?:your|you)|your (?:application|candidacy))/,
  },
  {
    kind: 'rejection',
    weight: 3,
    label: 'going with other candidates',
    pattern:
      /\b(?:mov(?:e|ing)|proceed(?:ing)?|go(?:ing)?|went|gone|continu(?:e|ing)|progress(?:ing)?|pursu(?:e|ing)|decided|opted|chose(?:n)?|select(?:ed|ing)?|hir(?:e|ed|ing)|appointed|offered (?:it|the (?:role|position|job)) to|decided on|(?:made|make|extend(?:ed)?) an offer to)\s+(?:forward\s+|ahead\s+|on\s+)?(?:with\s+|to\s+)?(?:(?:other|another|a different|different|an internal|the other|a more|more|stronger|a stronger|an?)\s+(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|persons?|individuals?|profiles?|people|internally)\b|(?:candidates|applicants|individuals|profiles)\s+(?:whose|who|that|with)\b|some(?:one|body)\s+(?:else|with|who|whose|that)\b)/,
  },
  {
    kind: 'rejection',
    weight: 3,
    label: 'role filled elsewhere',
    pattern:
      /\b(?:we(?:'ve| have)|has been|have been|was|is now|has now been)\s+(?:now\s+|already\s+|since\s+)?filled\b|\b(?:extend(?:ed)?|make|made|give|gave|offer(?:ed)?)\s+(?:the|an|our|a)\s+(?:\w+\s+)?offer\s+to\s+(?:a|an|another|the other|someone|one of)\b|\bdecided to close (?:the|this|our) (?:[\w-]+ ){0,5}(?:position|role|vacancy|opening|requisition|search|req)\b|\b(?:will not|won't|no longer) be (?:hiring|recruiting|filling) (?:for )?(?:it|this|the|that)\b|\bno longer (?:recruiting|hiring) for\b|\b(?:offered|given|filled|awarded)\s+(?:the|this|that)\s+(?:\w+\s+){0,4}(?:role|position|job|post|vacancy)\s+(?:\w+\s+){0,2}(?:to|by|with)\s+(?:another|a different|an internal|other|someone)|\b(?:role|position|vacancy|job|post|opening|requisition)\s+(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?been\s+(?:filled|closed|cancel+ed|put on hold|withdrawn|frozen)/,
  },
  {
    kind: 'rejection',
    weight: 3,
    label: 'regret to inform',
    pattern:
      /\bregret to (?:inform|let you know|advise|tell|say)|\bwith regret\b|\bregrettably\b|\bwe regret that\b|\b(?:go|going|gone|went|move|moving|moved|head(?:ing|ed)?) in (?:a|another) (?:different )?direction\b/,
  },
  {
    kind: 'rejection',
    weight: 3,
    label: 'unsuccessful',
    pattern:
      /\b(?:has been|was|have been|is being)\s+(?:declined|rejected|turned down)\b|\b(?:won't|will not|wouldn't|shan't) be (?:continuing|proceeding|progressing)\b|\bunsuccessful\b|(?:\bnot|n't)\s+(?:been\s+)?(?:successful|selected|shortlisted|chosen|progressed)|\bno longer (?:being )?(?:considered|under consideration|in consideration|in the running|in process)|\bdecided against\b|\bdeclin(?:e|ed|ing) your (?:application|candidacy)|\b(?:unable|not able|not in a position|cannot|can't)\s+to\s+(?:offer|progress|move|proceed|take (?:your|this)|extend|invite)|\bwill not be (?:offering|extending|inviting|scheduling)/,
  },
  {
    kind: 'rejection',
    weight: 3,
    label: 'passing or hiring internally',
    pattern:
      /\bpass (?:on (?:your (?:application|candidacy|profile)|you)\b|for now\b)|\b(?:going to|decided to|have to|will|'ll|'re going to) pass\b[^.]{0,25}?(?:for now|this time|at this (?:time|point|stage)|on this)|\b(?:hire|hiring|hired|fill(?:ed|ing)?|recruit(?:ed|ing)?|promot(?:e|ed|ing)|appoint(?:ed|ing)?)\s+(?:\w+\s+){0,2}internally\b|\ban internal (?:candidate|hire|applicant|appointment)\b/,
  },
  {
    kind: 'rejection',
    weight: 2,
    label: 'other candidates',
    pattern:
      /\b(?:other|another|stronger|more suitable|better[- ]suited|more qualified|more experienced) (?:candidates?|applicants?)\b(?! (?:like you|such as you))/,
  },
  {
    kind: 'rejection',
    weight: 2,
    label: 'closer match elsewhere',
    pattern:
      /\b(?:more|most) closely (?:match|meet|align|fit|suit)|\bcloser (?:match|fit)\b|\b(?:closer to|better (?:meets?|match(?:es)?|fits?)) (?:what we|our|the)\b|\bbetter meet\b|(?:\bnot|n't) (?:quite )?(?:the right|a good|a strong|the best|an? exact) (?:fit|match)|\bbetter (?:suited|matched|aligned) to (?:the|this|our) (?:role|position|needs)/,
  },
  {
    kind: 'rejection',
    weight: 2,
    label: 'not the news you hoped for',
    pattern:
      /(?:\bnot|n't) (?:better|the|good) news|news you (?:were )?(?:hoping|wanted)|\b(?:close|difficult|tough|hard) (?:decision|call|choice)\b|\bsorry to (?:say|tell|let you know|disappoint)/,
  },
  {
    kind: 'rejection',
    weight: 1.5,
    label: 'keep your CV on file',
    pattern: new RegExp(
      `\\b(?:keep|retain|hold|store)\\s+(?:your\\s+)?${job}?\\s*(?:details|information|data)?\\s*(?:on|in)\\s+(?:file|record|our (?:database|talent pool|system))|\\bkeep you in mind\\b|\\bkeep your details\\b|\\bfuture (?:opportunities|openings|roles|vacancies|positions)\\b`,
    ),
  },
  {
    kind: 'rejection',
    weight: 1,
    label: 'good wishes',
    pattern:
      /\bwish(?:ing)? you (?:the )?(?:very )?(?:best|every success|all the best|luck|well|success)|\bbest of luck\b|\bgood luck (?:with|in) your/,
  },
  { kind: 'rejection', weight: 1.2, label: 'unfortunately', pattern: /\bunfortunately\b|\bsadly\b/ },
  // Other languages: German, French, Spanish, Dutch, Portuguese, Italian.
  {
    kind: 'rejection',
    weight: 3,
    label: 'rejection (non-English)',
    pattern:
      /\babsage\b|nicht (?:weiter )?berücksichtig|nicht in die engere wahl|für (?:eine[nm]? )?(?:andere[nr]?) (?:kandidat|bewerber)|anderweitig (?:zu )?(?:besetz|vergeb|entschieden)|uns (?:\S+ ){0,2}gegen (?:ihre|deine) (?:bewerbung|kandidatur) entschieden|(?:keine|keine positive) (?:zusage|rückmeldung) geben|sommes au regret de|ne correspond(?:ait)? pas (?:tout à fait )?(?:à nos|aux) (?:attentes|besoins|critères)|pas (?:été )?retenue?|ne (?:pas |pouvons pas |pourrons pas |pouvions pas )(?:y )?donner (?:une )?suite|avons retenu (?:un|une|d'autres) (?:autre )?(?:profil|candidat)|pas de suite favorable|pas pu (?:être )?retenir|autre candidat|no (?:has|ha|hemos) (?:sido )?seleccionad|lamentamos (?:informarte|informarle|comunicarte|comunicarle)|no (?:continuar|seguir) (?:adelante|con (?:tu|su) candidatura)|otro candidato|otros candidatos|afgewezen|niet (?:verder|door)|andere kandida(?:at|ten)|não (?:foi|fomos) selecionad|outro candidato|non (?:è stat[oa]|sei stat[oa]) selezionat|altro candidato/,
  },
  {
    kind: 'rejection',
    weight: 1.2,
    label: 'unfortunately (non-English)',
    pattern:
      /\bleider\b|malheureusement|lamentablemente|desafortunadamente|\bhelaas\b|infelizmente|purtroppo|残念ながら/,
  },
  {
    kind: 'rejection',
    weight: 1,
    label: 'good wishes (non-English)',
    pattern:
      /wünschen (?:ihnen|dir) (?:\S+ ){0,5}(?:alles gute|viel erfolg)|(?:vous|te) souhait(?:ons|e) (?:\S+ ){0,3}(?:pleine réussite|bonne continuation|plein succès|beaucoup de succès|bonne chance)|(?:te|le|les) deseamos (?:\S+ ){0,3}(?:éxito|suerte|lo mejor)|お祈り(?:申し上げ|いたし)/,
  },
  {
    // Japanese puts no spaces between words, so these phrases are matched as they are written.
    kind: 'rejection',
    weight: 3,
    label: 'rejection (Japanese)',
    pattern:
      /ご期待に(?:沿え|添え|そえ)(?:ない|かね|ず)|見送(?:らせて|りと|ることと)|採用を見合わせ|不採用|ご縁が(?:なかった|ありませんでした)/,
  },

  // Interviews.
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'invitation to interview',
    pattern: new RegExp(
      `\\binvit(?:e|ing|ation)\\s+(?:you\\s+)?(?:back\\s+)?(?:to|for)\\s+(?:an?\\s+|the\\s+|your\\s+|our\\s+|a\\s+further\\s+)?(?:[\\w-]+\\s+){0,3}${stage}`,
    ),
  },
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'scheduling an interview',
    pattern:
      /\b(?:schedul(?:e|ing)|book(?:ing)?|arrang(?:e|ing)|set(?:ting)? up|organi[sz](?:e|ing)|line up|find a (?:time|slot) for)\s+(?:you\s+(?:in\s+)?(?:for\s+)?)?(?:an?\s+|the\s+|your\s+|a time for (?:an?\s+)?)?(?:[\w-]+\s+){0,3}(?:interview|call|chat|screen|conversation|meeting|onsite|on-site|video call|phone call)/,
  },
  {
    kind: 'interview',
    weight: 2.5,
    assertive: true,
    label: 'would like to talk',
    pattern:
      /\b(?:like|love|keen|happy|pleased|excited|delighted|want)\s+to\s+(?:invite you|speak|chat|talk|meet|set up|schedule|have a (?:chat|conversation|call)|get to know you|learn more about you|hear more)/,
  },
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'next stage',
    pattern:
      /\b(?:mov(?:e|ing)|progress(?:ing)?|advanc(?:e|ing)|invit(?:e|ing)|tak(?:e|ing))\s+(?:you|your (?:application|candidacy))\s+(?:forward\s+|on\s+|through\s+)?(?:to|into)\s+(?:the\s+)?(?:next|second|third|final|following)\s+(?:round|stage|step|phase)|\b(?:move|moving) forward (?:with your (?:application|candidacy)|to the next)|\b(?:you've|you have) (?:been )?(?:shortlisted|progressed|advanced|passed)|\bpassed (?:the|our) (?:first|initial|screening)/,
  },
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'next step is an interview or a test',
    pattern:
      /\boffer(?:ing)? you an? (?:[\w-]+ ){0,2}(?:interview|call|chat|meeting|slot)\b|\bnext (?:step|stage|round)\b[^.]{0,40}?\b(?:is|will be|would be|involves|:)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:interview|call|chat|conversation|assessment|challenge|test|exercise|task|screen(?:ing)?|meeting|case study|presentation)\b/,
  },
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'come back for another round',
    pattern:
      /\b(?:have|bring|see|get|invite) you (?:back |in |on site |onsite )?(?:in |back )?for (?:an?|the|your) (?:[\w-]+ ){0,2}(?:interview|round|chat|conversation|meeting|onsite|session)|\b(?:meet|speak (?:with|to)|talk (?:with|to)) you (?:for|about) (?:an?|the) (?:[\w-]+ ){0,2}(?:interview|call)|\bconfirm your (?:[\w-]+ ){0,2}interview\b|\byour interview (?:is|has been) (?:confirmed|scheduled|booked)/,
  },
  {
    kind: 'interview',
    weight: 2,
    assertive: true,
    label: 'proposes a call',
    pattern:
      /\b(?:call|chat|meet(?:ing)? (?:you|with you|up)|talk|interview|conversation|video call|phone call|zoom|teams)\b[^.?!]{0,60}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|next week|this week|morning|afternoon|\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2})\b|\b(?:up for|open to|free for|available for|fancy|have time for) an? (?:quick |short |brief |informal )?(?:video |phone |zoom )?(?:call|chat|conversation|meeting|interview)\b/,
  },
  {
    kind: 'interview',
    weight: 1.5,
    assertive: true,
    label: 'asks for availability',
    pattern:
      /\byour availability\b|\bavailable (?:times|slots|dates)\b|\blet (?:me|us) know (?:your|when you(?:'re| are)|what (?:times|days)|which (?:times|days|slot))|\bwhat (?:times|days) (?:work|suit)|\b(?:pick|choose|select|book|grab) (?:a )?(?:time|slot|date)|\bwhen (?:would you be|are you) (?:available|free)|\bwould (?:\S+ ){0,4}?(?:work for you|suit you|be convenient)|\bare you (?:available|free) (?:on|at|this|next)|\b(?:send|give) me (?:a few|some) (?:dates|times|slots)/,
  },
  {
    kind: 'interview',
    weight: 1.5,
    assertive: true,
    label: 'scheduling link',
    pattern:
      /calendly\.com|goodtime\.io|cal\.com\/|scheduling link|calendar link|self-schedul|savvycal|chilipiper|meet\.google\.com|zoom\.us\/|teams\.microsoft\.com|\/schedul(?:e|ing)\//,
  },
  {
    kind: 'interview',
    weight: 1,
    assertive: true,
    label: 'interview details',
    pattern:
      /\b(?:phone|video|technical|onsite|on-site|in-person|final|first|second|third|panel|initial|hiring manager|culture|competency|behavioural|behavioral|virtual)[ -](?:interview|screen|round|call)\b|\binterview (?:invitation|invite|request|confirmation|details|slot|schedule)\b|\b(?:take-home|coding (?:challenge|exercise|test)|technical (?:test|assessment|exercise|task)|online assessment|case (?:study|interview)|work sample|trial day)|\b(?:hackerrank|codility|codesignal|coderpad|testgorilla|hirevue|karat|pymetrics)\b/,
  },
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'interview (non-English)',
    pattern:
      /einladung zu(?:m|r)? (?:einem |einer )?(?:\w+ )?(?:vorstellungsgespräch|gespräch|interview|kennenlern)|(?:laden|möchten) (?:wir )?sie (?:gerne )?(?:zu|zum) .{0,40}(?:gespräch|interview)|(?:vous )?(?:inviter|convier|rencontrer) (?:à|pour|lors d')\s?(?:un )?(?:entretien|échange)|invitar(?:te|le) a una entrevista|uitnodig(?:en|ing) (?:voor|tot) (?:een )?(?:\w+)?gesprek|convidar para uma entrevista|invitarti a un colloquio|(?:möchten|würden) (?:wir )?sie (?:gerne |gern )?(?:persönlich )?kennenlernen|zu einem (?:\S+ )?(?:gespräch|interview|vorstellungsgespräch) einladen|souhait(?:ons|erions) vous rencontrer|convocation (?:à|pour) (?:un|votre) entretien|vous proposer un entretien|nos gustaría (?:conocerte|conocerle|invitarte|invitarle|entrevistarte|tener una entrevista)|(?:agendar|programar|coordinar) una entrevista/,
  },
  {
    kind: 'interview',
    weight: 3,
    assertive: true,
    label: 'interview (Japanese)',
    pattern:
      /面接(?:の|を)?ご案内|面接日程|面接を(?:実施|設定|お願い)|(?:一次|二次|三次|最終)(?:面接|選考)(?:に|へ)(?:お進み|進んで|ご案内)|選考(?:に|へ)お進み|書類選考(?:を|に)通過|お越しいただきたく|面談(?:の|を)?ご案内/,
  },
  {
    kind: 'interview',
    weight: 1.5,
    assertive: true,
    label: 'asks for availability (non-English)',
    pattern:
      /seriez-vous disponible|êtes-vous disponible|vos disponibilités|wann (?:hätten|haben) sie zeit|terminvorschläge|(?:tu|su) disponibilidad|ご都合の(?:良い|よい)|日程(?:を|の)ご調整|候補日/,
  },
  {
    kind: 'interview',
    weight: 1.5,
    assertive: true,
    label: 'interview word (non-English)',
    pattern:
      /vorstellungsgespräch|kennenlerngespräch|\bentretien\b|\bentrevista\b|sollicitatiegesprek|\bcolloquio\b|面接|面談/,
  },

  // Offers.
  {
    kind: 'offer',
    weight: 4,
    assertive: true,
    label: 'pleased to offer',
    pattern:
      /\b(?:pleased|delighted|happy|excited|thrilled|glad|honou?red)\s+to\s+(?:formally\s+|officially\s+|be able to\s+)?(?:offer(?:ing)? you(?! (?:an?|the|your) (?:[\w-]+ )?(?:interview|call|chat|meeting|slot|place|invitation|opportunity to (?:interview|meet)))|extend(?:ing)? (?:you )?(?:an?|this|our|the) (?:\w+ )?offer|make you an? (?:\w+ )?offer|present (?:you )?(?:with )?an? offer|confirm (?:your|our) offer)/,
  },
  {
    kind: 'offer',
    weight: 3,
    assertive: true,
    label: 'offer of the position',
    pattern:
      /\b(?:love|like|want|delighted|thrilled|excited|happy) (?:for )?you to join (?:us |the team )?(?:[\w&-]+ ){0,3}as\b|\b(?:make|extend|send|sending|made|extended|extending|making) you an? (?:[\w-]+ )?offer\b|\b(?:offer(?:ing)? you|extend(?:ing)? (?:you )?an offer (?:for|of))\s+(?:the\s+|this\s+|a\s+)?(?:\w+\s+){0,5}(?:position|role|job|post|opportunity)|\boffer you employment\b/,
  },
  {
    kind: 'offer',
    weight: 2.5,
    assertive: true,
    label: 'offer letter',
    pattern:
      /\b(?:offer letter|letter of offer|offer of employment|employment offer|(?:formal|written|verbal|conditional|unconditional|job|final|official) offer|(?:contract|terms) of employment|employment (?:contract|agreement))\b/,
  },
  {
    kind: 'offer',
    weight: 2,
    assertive: true,
    label: 'accept the offer',
    pattern:
      /\b(?:accept|accepting|acceptance of|sign|signing|countersign|review) (?:the|this|our|your|my) (?:\w+ )?offer\b|\bdecision (?:on|regarding) (?:the|our) offer/,
  },
  {
    kind: 'offer',
    weight: 0.7,
    assertive: true,
    label: 'compensation',
    pattern:
      /\b(?:base salary|starting salary|annual salary|compensation package|signing bonus|sign-on bonus|stock options|equity grant|start date|your first day|onboarding)\b/,
  },
  {
    kind: 'offer',
    weight: 1,
    assertive: true,
    label: 'welcome aboard',
    pattern:
      /\bhave you on ?board\b|\b(?:send|get|sending|getting) (?:the|your) (?:employment )?contract (?:over|across|to you)|[£$€]\s?\d{2,3}(?:,\d{3}|k)\b|\bcongratulations\b|\bwelcome (?:you )?(?:to the team|aboard|on board)\b|\bhave you (?:join|on the team)\b/,
  },
  {
    kind: 'offer',
    weight: 3.5,
    assertive: true,
    label: 'offer (non-English)',
    pattern:
      /vertragsangebot|arbeitsvertrag|(?:ihnen|dir) (?:die|eine) (?:stelle|position)(?: als [^.,]{1,60}?)? anbieten|(?:ihnen|dir) ein angebot (?:\S+ ){0,3}(?:machen|unterbreiten)|(?:ihnen|dir) (?:eine|die) zusage|(?:heureux|heureuse|ravis?|plaisir) de vous (?:proposer|offrir) (?:le|ce|un) poste|(?:nos complace|tenemos el placer de|es un placer) ofrecer(?:te|le)|内定|採用(?:させていただく|させて頂く)こと(?:に|と)|採用(?:が|を)?決定|採用通知|proposition d'embauche|promesse d'embauche|heureux de vous proposer le poste|oferta (?:de empleo|laboral|formal)|carta (?:de )?oferta|ofrecerte el puesto|aanbod (?:voor|te doen)|arbeidsovereenkomst|proposta (?:de emprego|di assunzione)/,
  },

  // Acknowledgements.
  {
    kind: 'acknowledgement',
    weight: 3,
    assertive: true,
    label: 'application received',
    pattern: new RegExp(
      `\\b(?:(?:we(?:'ve| have)?|has been|have been|was|were|is)\\s+(?:successfully\\s+)?(?:received|got|submitted)\\s+(?:your\\s+)?(?:job\\s+)?${job}|(?:received|receipt of|submission of) your (?:job )?${job}|${job} (?:has been |was |is )?(?:successfully )?(?:received|submitted|complete)|${job} (?:was |has been )?(?:sent|submitted|forwarded) to|confirm(?:s|ing)? (?:that )?(?:we(?:'ve| have) received|receipt)|(?:i(?:'ve| have)|we(?:'ve| have)) (?:submitted|sent|forwarded|passed) (?:your|it)|(?:this|the) (?:email|message|is an automated).{0,40}confirm)`,
    ),
  },
  {
    kind: 'acknowledgement',
    weight: 1,
    assertive: true,
    label: 'thanks for applying',
    pattern:
      /\bthank(?:s| you)(?: so much| very much)? for (?:applying|your (?:job )?application|submitting|your interest in)/,
  },
  {
    kind: 'acknowledgement',
    weight: 1,
    assertive: true,
    label: 'thanks for applying (non-English)',
    pattern:
      /vielen dank für (?:ihre|deine) bewerbung|merci (?:pour|de) votre candidature|gracias por (?:tu|su) (?:candidatura|solicitud)|bedankt voor je sollicitatie|obrigad[oa] pela sua candidatura|grazie per la tua candidatura|(?:ご応募|ご応募いただき)[^。]{0,10}ありがとう/,
  },
  {
    kind: 'acknowledgement',
    weight: 1.5,
    assertive: true,
    label: 'will review',
    pattern: new RegExp(
      `\\b(?:will|'ll|are going to|is going to|shall)\\s+(?:now\\s+)?(?:carefully\\s+)?(?:review|assess|look (?:at|over)|consider|evaluate)\\s+(?:your|all)\\s+(?:\\w+\\s+)?(?:${job}s?|qualifications|experience|submissions?)|\\b(?:currently\\s+)?(?:reviewing|under review|being reviewed)|\\bif (?:your|you)[^.]{0,60}(?:match|meet|suitable|shortlisted|selected|fit|align)|\\b(?:review|reviewing) (?:process|applications)\\b|\\bnext steps?\\b.{0,40}\\b(?:review|shortly)`,
    ),
  },
  {
    kind: 'acknowledgement',
    weight: 2,
    assertive: true,
    label: 'decision pending',
    pattern:
      /\b(?:will|'ll) (?:let you know|update you|inform you|get back to you|be in touch|come back to you)\b[^.]{0,40}\b(?:decision|outcome|result|by (?:monday|tuesday|wednesday|thursday|friday|the end of|next week))|\b(?:still|currently) (?:interviewing|meeting|speaking (?:with|to)) (?:other|the (?:last|remaining|other))\b|\bmeeting the (?:last|remaining|other) (?:\w+ )?candidates\b/,
  },
  {
    kind: 'acknowledgement',
    weight: 0.5,
    assertive: true,
    label: 'will be in touch',
    pattern:
      /\b(?:will|'ll) (?:be in touch|get back to you|come back to you|contact you|reach out|let you know)|\bpassed (?:it|your (?:cv|resume|application|details)) (?:on )?to\b|\bwithin (?:the next )?\d+ (?:business |working )?(?:days|weeks)/,
  },
  {
    kind: 'acknowledgement',
    weight: 3,
    assertive: true,
    label: 'received (non-English)',
    pattern:
      /eingangsbestätigung|bewerbung (?:ist )?(?:bei uns )?(?:eingegangen|erhalten)|erhalt ihrer bewerbung|(?:avons bien reçu|réception de) votre candidature|accusé de réception|hemos recibido (?:tu|su) (?:candidatura|solicitud|cv)|ontvangstbevestiging|sollicitatie (?:goed )?ontvangen|recebemos (?:a sua|sua) candidatura|abbiamo ricevuto la tua candidatura|(?:ihre|deine) (?:bewerbungs)?unterlagen (?:\w+ )?erhalten|haben (?:ihre|deine) (?:unterlagen|bewerbung(?:sunterlagen)?) (?:\w+ ){0,2}erhalten|melden uns (?:\w+ ){0,5}bei (?:ihnen|dir)|reviendr(?:ons|a) vers vous|nos pondremos en contacto|nemen (?:zo snel mogelijk )?contact (?:met je )?op|(?:ご応募|応募|エントリー)(?:を)?受け?付け|応募を受付/,
  },

  // Job alerts, newsletters, marketing.
  {
    kind: 'other',
    weight: 2,
    label: 'job alert',
    pattern:
      /\b(?:new )?jobs? (?:matching|that match|for you|you may (?:like|be interested)|picked for you|based on your)|\bjob alerts?\b|\brecommended (?:jobs|roles|for you)\b|\bsaved (?:search|job)|\b\d+\+? new (?:jobs|roles|openings|positions)|\bsimilar jobs\b|\bpeople also viewed\b|\b(?:easy apply|apply now|view (?:all )?jobs|see (?:all )?jobs)\b/,
  },
  {
    // A recruiter's first approach is not an interview yet, however warmly it proposes a call.
    kind: 'other',
    weight: 3,
    label: 'cold outreach',
    pattern:
      /\bcame across your (?:profile|cv|resume|background)|\byour (?:background|profile|experience) (?:looks|seems|caught|stood out to me)|\b(?:are|would) you (?:be )?open to (?:new |other )?(?:opportunities|roles|a move|a change|hearing)|\bthought you might be (?:interested|a (?:good|great) fit)|\bexciting (?:new )?opportunity\b|\bi(?:'m| am) (?:currently )?(?:hiring|recruiting|looking) for an? \b|\bopen to a conversation about\b/,
  },
  {
    kind: 'other',
    weight: 2.5,
    label: 'survey or account email',
    pattern:
      /\bsurvey\b|\bcandidate experience\b|\brate your (?:experience|interview)|\bhow (?:was|did) your (?:interview|experience|application)|\breset (?:your )?password\b|\bverify your (?:email|account)\b|\bcandidate (?:account|profile|portal) (?:was )?(?:created|activated)\b|\bsign[- ]in code\b/,
  },
  {
    kind: 'other',
    weight: 1.5,
    label: 'newsletter',
    pattern:
      /\bnewsletter\b|\bdigest\b|\bwebinar\b|\bunsubscribe\b|\bview (?:this email )?in (?:your )?browser\b|\bmanage (?:your )?(?:email )?(?:preferences|alerts|subscriptions|notifications)\b|\bopt out\b|\bupcoming events?\b|\bour latest\b|\bis hiring\b|\bare hiring\b|\btips (?:for|to|on)\b|\bblog\b|\bpodcast\b|\bpromo(?:tion)? code\b|\b% off\b|\bpremium\b|\bfree trial\b/,
  },
];

/** Signals read in the subject line, where a few words carry much of the meaning. */
export const subjectSignals: MailSignal[] = [
  {
    kind: 'offer',
    weight: 3,
    assertive: true,
    label: 'subject: offer',
    pattern:
      /\b(?:job |employment |formal |your |an? )?offer(?: letter| of employment)?\b(?! (?:for|of) (?:job|work))|\bcongratulations\b|\bwelcome (?:to|aboard)\b|angebot|\bzusage\b|proposition d'embauche|oferta|内定/,
  },
  {
    kind: 'interview',
    weight: 2,
    assertive: true,
    label: 'subject: interview',
    pattern:
      /\binterview\b|\bnext steps?\b|\bphone screen\b|\b(?:schedule|scheduling|availability|invitation|invite|let's (?:talk|chat)|catch up|chat|call)\b|\bassessment\b|\btake-home\b|gespräch|entretien|entrevista|gesprek|colloquio|面接|面談/,
  },
  {
    kind: 'acknowledgement',
    weight: 2,
    assertive: true,
    label: 'subject: application received',
    pattern:
      /\b(?:application|applying)\b.{0,40}\b(?:received|confirmation|confirmed|submitted|complete)\b|\b(?:thanks|thank you) for (?:applying|your application)\b|\bwe(?:'ve| have)? received your\b|\bapplication (?:received|confirmation)\b|eingangsbestätigung|accusé de réception|hemos recibido|応募受付|エントリー受付/,
  },
  {
    kind: 'rejection',
    weight: 1,
    label: 'subject: application update',
    pattern:
      /\b(?:update|status|regarding|decision|outcome|news) (?:on|about|regarding|of|for)? ?(?:your )?(?:application|candidacy)|\bapplication (?:status|update|outcome)\b|\bunsuccessful\b|\babsage\b|\bregret\b|選考結果/,
  },
  {
    kind: 'other',
    weight: 6,
    label: 'subject: automatic reply',
    pattern:
      /^(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|ooo\b|abwesenheitsnotiz|automatische antwort|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina|automatisch antwoord)/,
  },
  {
    kind: 'other',
    weight: 2.5,
    label: 'subject: job alert',
    pattern:
      /\b\d+\+? (?:new )?(?:jobs|roles|openings|positions)\b|\bjobs? (?:for you|matching|alert)|\bjob alert\b|\bnewsletter\b|\bdigest\b|\bweekly\b|\bwebinar\b|\bis hiring\b|\bare hiring\b|\brecommended\b|\b(?:tips|guide|ways) (?:to|for)\b|\bsurvey\b|\bhow was your\b|\bpassword\b|\bverify your\b/,
  },
];

/** Words before a phrase in the same sentence that negate it ("we will not be inviting you…"). */
export const negationBefore =
  /\b(?:not|no longer|never|unable to|cannot|won't|wouldn't|isn't|aren't|didn't|don't|doesn't|can't|couldn't|nor|without)\b(?:\s+[\w']+){0,8}\s*$/;

/** Words that make a phrase hypothetical ("if you are shortlisted, we will invite you…", "future roles"). */
export const conditionalBefore = /\b(?:if|should|once|whether|in case|unless|in the event|hope to|assume)\b/;

/** Phrases that contain a negation word but negate nothing in the sentence ("don't hesitate to…"). */
export const harmlessNegations =
  /\b(?:do not|don't|please do not|never) hesitate\b|\bnot only\b|\bwhether or not\b|\bif not\b|\bnot sure\b|\bno matter\b/g;
export const futureRoles =
  /\bfuture (?:roles|opportunities|openings|positions|vacancies|opportunity)|\bother (?:roles|openings|positions|vacancies|opportunities)\b/;
