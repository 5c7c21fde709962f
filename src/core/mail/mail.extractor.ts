import {
  agencyName,
  companyFromDomain,
  companyFromPlatformAddress,
  hiringPlatform,
  isFreeMailDomain,
  titleCase,
} from './mail.address';
import { sentences } from './mail.text';
import type { MailContent } from './mail.types';

/** Who the email is about: the employer and the role, and the platform or agency it came through. */
export interface MailParties {
  company: string | null;
  role: string | null;
  platform: string | null;
  agency: string | null;
}

// A capitalised word of a name ("Northwind", "McKinsey", "eBay", "3M", "Booking.com"); a dot only inside a word.
const word = String.raw`(?:[\p{Lu}0-9](?:[\p{L}\p{N}_&'+-]|\.(?=\p{L}))*|\p{Ll}{1,2}\p{Lu}(?:[\p{L}\p{N}_&'+-]|\.(?=\p{L}))*)`;
// Public bodies are "X for Y" ("Department for Transport"); elsewhere "for" ends a name ("Northwind for Data Analyst").
const institution =
  '(?:Department|Ministry|Office|Agency|Centre|Center|Institute|Council|Foundation|Society|Trust|Commission|Authority|School|College|Association|Federation|Alliance|Fund)';
const companyPattern = String.raw`(?:${word}\s+)?${institution}\s+(?:for|of)\s+(?:the\s+)?${word}(?:\s+(?:&|and)?\s*${word}){0,3}|${word}(?:\s+(?:(?:&|and|of|de|du|der|für|und|y)\s+)?${word}){0,4}`;
const rolePattern = String.raw`[\p{L}\p{N}][\p{L}\p{N}_/&+#.'-]*(?:,?\s+(?:[\p{L}\p{N}(][\p{L}\p{N}_/&+#.'()-]*)){0,7}`;

/** Every pattern built from the name and title patterns above needs Unicode mode for \p{…}. */
const compiled = new Map<string, RegExp>();
function re(source: string, flags = ''): RegExp {
  // Compiled once: the patterns are constant, and building them per sentence dominated classification time.
  const key = `${flags}/${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(source, `${flags}u`);
    compiled.set(key, pattern);
  }
  return pattern;
}

const companyGroup = `(${companyPattern})`;
const roleGroup = `(${rolePattern}?)`;

/** Head nouns of job titles, in several languages: a phrase without one is rarely a role. */
const roleHead =
  /\b(?:engineer(?:ing)?|developer|analyst|manager|designer|scientist|coordinator|specialist|consultant|director|lead|architect|administrator|admin|assistant|associate|officer|representative|rep|executive|intern(?:ship)?|technician|writer|editor|accountant|nurse|teacher|advis[eo]r|strategist|researcher|recruiter|partner|owner|marketer|planner|programmer|tester|agent|operator|supervisor|head|vp|president|chief|c[tefo]o|clerk|trainee|apprentice|graduate|fellow|lawyer|counsel|attorney|paralegal|pharmacist|therapist|driver|chef|cook|barista|cashier|buyer|producer|artist|illustrator|photographer|instructor|tutor|lecturer|professor|librarian|secretary|receptionist|controller|auditor|actuary|economist|statistician|mechanic|electrician|carpenter|operative|sre|devops|attendant|worker|handler|practitioner|physician|doctor|dentist|surgeon|coach|trainer|investigator|inspector|surveyor|estimator|merchandiser|copywriter|translator|interpreter|generalist|steward|support|success|sales|marketing|product|operations|finance|data|software|frontend|backend|full[- ]?stack|qa|ux|ui|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|ingénieur|développeur|chef de projet|responsable|desarrollador|ingeniero|analista|gerente|medewerker|ontwikkelaar|chargée?|directeur|directrice|directora?|jefe|técnico|analist|adviseur|redakteur(?:in)?|mitarbeiter(?:in)?|verkäufer(?:in)?|rédacteur|rédactrice|vendeur|vendeuse|conseiller|conseillère|recepcionista|vendedor(?:a)?|consultor(?:a)?|lecturer|cashier)\b|\w(?:planer|leiter|manager|entwickler|ingenieur|berater|referent|kaufmann|kauffrau|techniker|assistent|spezialist|koordinator|managerin|planerin|leiterin|entwicklerin|beraterin|referentin|analyst|analist)\b/i;

/** Capitalised words that start sentences or subjects and are never an employer. */
const notCompany =
  /^(?:hi|hello|dear|hey|thank|thanks|thank you|unfortunately|your|you|we|our|us|i|my|the|this|that|a|an|it|re|fwd?|fw|aw|wg|tr|update|updates|next|steps?|application|applications|interview|interviews|offer|position|role|job|jobs|candidate|candidates|team|hr|careers?|recruiting|recruitment|talent|hiring|people|please|regards|best|kind|sincerely|cheers|congratulations|welcome|invitation|reminder|confirmation|important|information|news|status|no|not|yes|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|mr|mrs|ms|dr|all|each|every|here|there|if|as|at|for|in|on|with|and|or|zoom|teams|google meet|microsoft teams|calendly|phone|video|office|remote|hybrid|linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|icims|teamtailor|workable|bamboohr|jobvite|recruitee|personio|taleo|successfactors|entretien|entrevista|einladung|bewerbung|candidature|candidatura|votre|ihre|ihr|oferta|angebot|proceso|selección|sollicitatie|je|uw|bonjour|hallo|hola|beste|liebe|lieber|sehr)$/i;

/** Words that show a phrase is about the process, not a name ("Offer of Employment", "Interview Invitation"). */
const processWord =
  /\b(?:offer|interview|application|applications|invitation|update|employment|position|vacancy|candidacy|status|confirmation|reminder|assessment|screen|feedback|next steps?|entretien|entrevista|einladung|bewerbung|candidature|candidatura|absage|oferta|angebot|sollicitatie)\b/i;
const calendarWord =
  /^(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

const legalSuffix =
  /[,\s]+(?:inc\.?|incorporated|ltd\.?|limited|llc|llp|l\.l\.c\.|gmbh|ag|plc|s\.?a\.?s?|s\.?l\.?|b\.?v\.?|n\.?v\.?|corp\.?|corporation|co\.|pty\.?(?: ltd\.?)?|se|ab|as|oy|sarl|spa|s\.p\.a\.|co)$/i;
const teamSuffix =
  /\s+(?:(?:graduate|campus|early careers?|university|emerging talent)\s+)?(?:talent acquisition|talent|recruiting|recruitment|recruiters?|careers?|jobs|hiring|hr|people(?: ops| operations)?|human resources|staffing|personalabteilung|karriere|recrutement)(?:\s+(?:team|department|dept\.?|group|partners?))?$|\s+(?:team|hiring team)$/i;
const teamPrefix =
  /^(?:the\s+)?(?:talent acquisition|talent|recruiting|recruitment|careers?|jobs|hiring|hr|people)\s+(?:team\s+)?(?:at|@|from|bei|chez)\s+/i;

function cleanCompany(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the\s+)(?=\S+\s+(?:team|group)\b)/i, '');
  value = value.replace(teamPrefix, '');
  for (let i = 0; i < 3; i++) {
    const before = value;
    value = value
      .replace(/['’]s$/, '')
      .replace(legalSuffix, '')
      .replace(teamSuffix, '')
      .replace(/\s+(?:graduate|campus|early careers?|emerging talent)$/i, '')
      .replace(/[\s,.:;!?|-]+$/, '')
      .trim();
    if (value === before) break;
  }
  // Trailing capitalised words that start the next clause ("Northwind We", "Contoso Please").
  value = value
    .replace(
      /\s+(?:(?:and|&|und|et|y)\s+)?(?:We|I|Our|Please|This|The|It|You|Your|Thank|Thanks|Kind|Best|Regards|Hi|Dear|They|He|She)(?:'\w+)?$/,
      '',
    )
    .replace(/\s+(?:and|&|und|et|y)$/, '');
  if (value.length < 2 || value.length > 60 || notCompany.test(value)) return null;
  if (processWord.test(value) || calendarWord.test(value) || /^\d+$/.test(value)) return null;
  if (
    /^(?:talent acquisition|human resources|people (?:team|operations|ops)|(?:recruiting|recruitment|hiring|hr|careers) team|recruiting|recruitment)$/i.test(
      value,
    )
  )
    return null;
  // "the Finance Director", "our Hiring Manager": a person's title, not an employer.
  if (
    /\b(?:director|manager|engineer|analyst|recruiter|lead|officer|coordinator|specialist|consultant|designer|developer|assistant|associate|executive|head|president|vp|partner)$/i.test(
      value,
    )
  )
    return null;
  if (hiringPlatform(value)) return null;
  if (/^(?:via|through)\b/i.test(value) || /@/.test(value)) return null;
  return value;
}

const roleNoiseBefore =
  /^(?:the|a|an|our|your|this|that|open|opened|exciting|new|recent|current|advertised|available|above|following|mentioned|posted|vacant|permanent|full-time|part-time|contract|temporary|(?:position|role|job|post|poste|puesto|stelle|functie|vacature|cargo) (?:of|as|de|d'|als|van|como|del|di)|bewerbung(?: als| für| um)?|candidature(?: pour| au poste de)?|solicitud(?: para)?|sollicitatie(?: als| voor)?|application(?: for)?)\s+/i;
const requisition = String.raw`(?:[A-Z]{0,4}-?\d[\w-]*|req(?:uisition)?\.?\s*(?:id)?\s*#?:?\s*[\w-]*\d[\w-]*|#\s*\d+|job id:? ?[\w-]+)`;

const leadingRequisition = re(String.raw`^${requisition}\s+`, 'i');
const trailingRequisition = re(String.raw`\s*(?:[-–|,]\s*)?(?:remote|hybrid|${requisition})$`, 'i');
const wholeCompany = re(`^${companyPattern}$`);

/**
 * A job title from a captured phrase, or null. `strict` (used where nothing but the phrase says it is a role)
 * demands a head noun such as "Engineer" or "Manager"; a phrase introduced as "the X position" needs less.
 */
export function cleanRole(raw: string | undefined, strict = false): string | null {
  if (!raw) return null;
  let value = raw.replace(/\s+/g, ' ').trim();
  // Keep only what follows the last determiner or preposition: "interest in the Data Analyst" -> "Data Analyst".
  value = value.replace(
    /^.*\b(?:the|a|an|your|our|their|this|that|in|for|to|with|at|about|on|into|le|la|el|der|die|das)\s+(?=\S)/i,
    '',
  );
  for (let i = 0; i < 4; i++) value = value.replace(roleNoiseBefore, '');
  value = value
    .replace(leadingRequisition, '')
    .replace(/^(?:19|20)\d\d\s+/, '')
    .replace(
      /\s*\((?:m\/w\/d|w\/m\/d|f\/m\/d|m\/f\/d|d\/f\/m|f\/h|h\/f|m\/v|all genders|gn|remote|hybrid|on-?site|[A-Z]{0,4}-?\d[\w-]*|req[^)]*|#[^)]*)\)\s*/gi,
      ' ',
    )
    .replace(trailingRequisition, '')
    .replace(/[\s,.:;!?]+$/, '')
    .replace(/\s+(?:position|role|job|opening|vacancy|post|opportunity|application|interview|offer)$/i, '')
    .replace(/[\s,.:;!?|"'-]+$/, '')
    .replace(/^["'\s]+/, '')
    .trim();
  if (value.length < 2 || value.length > 80 || /[:;!?@]/.test(value)) return null;
  const words = value.split(' ');
  if (words.length > 8) return null;
  if (!roleHead.test(value)) {
    // Without a head noun, accept only a short title written in capitals ("Growth Hacker").
    if (
      strict ||
      words.length > 4 ||
      !words.every((w) => /^[A-Z&/(]/.test(w) || /^(?:of|and|for|in|&|de|du|des)$/.test(w))
    )
      return null;
  }
  if (
    /\b(?:you|your|we|our|us|i|my|me|they|their|it|this|that|these|those|was|were|is|are|be|been|have|has|will|would|can|could|which|who|what|when|time|interest|applying|application|applications|interview(?:ing)?|screen(?:ing)?|call|chat|meeting|invitation|update|status|team|process|company|hiring manager|thank|thanks|offer|congratulations)\b/i.test(
      value,
    )
  )
    return null;
  if (notCompany.test(value) || calendarWord.test(value)) return null;
  return value === value.toLowerCase() ? titleCase(value) : value;
}

interface Candidate {
  value: string;
  score: number;
  source: string;
}

function add(list: Candidate[], value: string | null, score: number, source: string): void {
  if (!value) return;
  const existing = list.find((c) => c.value.toLowerCase() === value.toLowerCase());
  if (existing) existing.score += score * 0.5;
  else list.push({ value, score, source });
}

function best(list: Candidate[], mergePrefixes = false): string | null {
  // "Redwood" in the subject and "Redwood Manufacturing" in the body are the same employer: the fuller name wins.
  if (mergePrefixes)
    for (const short of list)
      for (const long of list)
        if (long !== short && long.value.toLowerCase().startsWith(`${short.value.toLowerCase()} `))
          long.score += short.score;
  let top: Candidate | null = null;
  for (const candidate of list) if (!top || candidate.score > top.score) top = candidate;
  return top?.value ?? null;
}

const subjectPrefix = /^(?:(?:re|fwd?|fw|aw|wg|tr|sv|vs|antw|r)\s*(?:\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)+/i;

const subjectPattern1 = re(
  String.raw`\b(?:application|applying|applied|candidacy|interest|interview|offer)\s+(?:to|at|with|for|from)\s+(?:the\s+)?(${companyPattern})\s*[:\-–—|,]\s*(.+)$`,
);
const subjectPattern2 = re(
  String.raw`^(.+?)\s+(?:at|@|with|bei|chez|en|presso|bij)\s+(?:der\s+|the\s+)?(${companyPattern})\s*(?:[-–—|(!.,:]|$)`,
);
const subjectPattern3 = re(String.raw`\b(?:to|at|with|from|join|joining|bei|chez)\s+(${companyPattern})\s*[!.]?\s*$`);
const subjectPattern4 = re(
  String.raw`^(?:your\s+)?(${companyPattern})\s+(?:application|interview|offer|careers|job offer|news)\b`,
);

function subjectParties(subject: string, companies: Candidate[], roles: Candidate[]): void {
  const s = subject.replace(subjectPrefix, '').trim();
  let m = s.match(subjectPattern1);
  if (m) {
    add(companies, cleanCompany(m[1]), 3, 'subject');
    add(roles, cleanRole(m[2], true), 3, 'subject');
  }
  // "Interview for Senior Support Engineer at Contoso", "Offer: Marketing Coordinator at Adventure Works".
  m = s.match(subjectPattern2);
  if (m?.[1]) {
    add(roles, cleanRole(m[1].replace(/^.*(?::|\s[-–—|])\s*/, ''), true), 3, 'subject');
    add(companies, cleanCompany(m[2]), 3, 'subject');
  }
  // "Northwind | Data Analyst", "Lumen Labs - Product Manager, Growth", "Data Analyst - Northwind".
  // A bare subject that is a job title ("Member Services Representative").
  if (s.split(/\s+/).length <= 6) add(roles, cleanRole(s, true), 1.5, 'subject');
  const segments = s.split(/\s*(?:[|:–—]|\s-\s)\s*/).filter(Boolean);
  if (segments.length >= 2) {
    segments.forEach((segment, i) => {
      const role = cleanRole(segment, true);
      if (role) add(roles, role, 2, 'subject');
      else if (wholeCompany.test(segment)) add(companies, cleanCompany(segment), i === 0 ? 2.5 : 2, 'subject');
    });
  }
  m = s.match(
    /\b(?:application|applying|applied|interview|offer|candidacy|invitation|bewerbung|vertragsangebot|candidature|sollicitatie)\s+(?:for|as|als|pour|como|voor)\s+(?:the\s+|a\s+|an\s+|le\s+|la\s+)?(?:position of\s+|role of\s+|poste de\s+)?(.+?)(?:\s+(?:position|role|job|vacancy|opening))?(?:\s+[-–—|(]|[!.]?\s*$)/i,
  );
  // An explicit "application for X" names a role even without a familiar head noun.
  if (m) add(roles, cleanRole(m[1]), 2.5, 'subject');
  m = s.match(subjectPattern3);
  if (m) add(companies, cleanCompany(m[1]), 2.5, 'subject');
  m = s.match(/^(?:your\s+)?(.+?)\s+(?:interview|application|position|role|offer|vacancy)\b/i);
  if (m) add(roles, cleanRole(m[1], true), 1.5, 'subject');
  m = s.match(subjectPattern4);
  if (m?.[1] && !roleHead.test(m[1])) add(companies, cleanCompany(m[1]), 1.5, 'subject');
}

const clientPhrase =
  /\b(?:my|our) client\b|\bon behalf of (?:my|our) client|\bclient of (?:mine|ours)\b|\brecruiting for on behalf of\b|\bi(?:'m| am) (?:recruiting|hiring) for\b.{0,40}\bon behalf of\b|\bi(?:'m| am) (?:a|an) (?:recruitment consultant|headhunter)\b/i;

/** A signature line "Title, Company" / "Title at Company" / "Title | Company": the title part. */
const signatureTitle =
  /\b(?:partner|recruiter|manager|lead|director|coordinator|specialist|acquisition|hr|people|talent|officer|engineer|founder|ceo|cto|coo|cfo|president|head|consultant|principal|associate|generalist|advisor|adviser|vp|svp|evp|cpo|chro|owner|coordinator|recrutadora?|reclutadora?|directora?|directeur|directrice|responsable|leiter(?:in)?|personal|equipo|équipe|team)\b/i;

const roleBeforeNoun = re(
  String.raw`\b(?:the|our|your|this|an?|as)\s+${roleGroup}\s+(?:[Pp]osition|[Rr]ole|[Oo]pening|[Vv]acancy|[Jj]ob|[Pp]ost|[Oo]pportunity|[Rr]eq(?:uisition)?|[Pp]rogramme|[Pp]rogram|[Ss]cheme)\b(?:\s+(?:\([^)]*\)\s+)?(?:here\s+)?(?:at|with|in|within|for)\s+(?:the\s+)?${companyGroup})?`,
  'g',
);
const roleAfterNoun = re(
  String.raw`\b(?:position|role|post|job|vacancy|poste|puesto|stelle|functie|cargo|Bewerbung|candidature|sollicitatie|solicitud)\s+(?:of|as|de|d'|als|van|como)\s+(?:an?\s+)?${roleGroup}(?:\s+(?:at|with|en|bei(?: der)?|chez|bij)\s+${companyGroup})?(?=[.,;!]|\s+(?:at|with|in|en|bei|chez|bij|and|et|y|und|is|was|has|we|here|on|starting|beginning|based|reporting|subject|à|a|zu|te)\b|\s*\(|$)`,
  'g',
);
const roleAppliedFor = re(
  String.raw`\b(?:applying|applied|application|candidacy|candidatura|interest|interviewing|interviewed)\s+(?:for|to|al puesto de|au poste de)\s+(?:the\s+|a\s+|an\s+)?${roleGroup}(?:\s+(?:at|with|en|chez)\s+${companyGroup}|(?=\s+and\b|[.;!]|,\s+(?:and|but|which|we|our|as|so)\b|\s*\(|$))`,
  'g',
);
const companyAfterPhrase = re(
  String.raw`\b(?:[Ii]nterest in(?: joining| working (?:at|for|with))?(?: the team at)?|interviewing with|interviewed with|speaking with us at|applying (?:to|at|with)|applied (?:to|at|with)|career(?:s)? at|[Hh]ere at|(?:the )?team at|[Ee]veryone at|all of us at|us at|(?:[Jj]oin|[Jj]oining|joined)(?: the team at| us at)?|[Oo]n behalf of(?: (?:my|our) client,?)?|(?:[Mm]y|[Oo]ur) client,?|working (?:at|for|with)|opportunit(?:y|ies) (?:at|with)|(?:role|position|job) (?:at|with)|employment (?:at|with)|(?:offer|position) from|recruiting for|hiring for|opening at|vacancy at|sent to|submitted to|(?:recruiter|recruiting|talent partner|sourcer|hiring manager|engineer|manager) at|portez à|candidature chez|Bewerbung bei(?: der)?|Interesse an der|interés en|bij)\s+(?:the\s+)?${companyGroup}`,
  'g',
);
const roleBeforeInterview = re(String.raw`\b(?:the|your|an?|our)\s+${roleGroup}\s+[Ii]nterview\b`, 'g');
const roleJoiningAs = re(
  String.raw`\b(?:as|join(?:ing)? (?:us|the team|[\p{Lu}][\p{L}]+) as)\s+(?:our|your|a|an|the)\s+(?:new\s+|next\s+|first\s+)?${roleGroup}(?=[.!,;]|\s+(?:at|with|in|on|starting|from|and)\b|$)`,
  'g',
);
const copyrightLine = re(
  String.raw`(?:©|\(c\)|[Cc]opyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)?${companyGroup}`,
);
/** Labelled lines in ATS confirmations: "Position: Security Operations Analyst". */
const roleLabelLine =
  /^\s*(?:position|role|job title|job|vacancy|title|stelle|poste|puesto|vaga|functie)\s*:\s*(.{2,80})$/gim;
const companyAsSubject = re(
  String.raw`^(?:Unfortunately,?\s+|(?:Good|Great|Fantastic|Exciting) news\s*[,!:-]*\s+)?${companyGroup}\s+(?:is|are|has|have|would|want|wants|had)\s+(?:\w+\s+)?(?:pleased|delighted|excited|happy|thrilled|glad|hiring|looking|reviewed|decided|received|sent|invited|confirmed|like|love|keen|asked|chosen|selected|offered|come back|got back)\b`,
);
const signaturePattern1 = re(
  String.raw`^(?:the\s+)?${companyGroup}\s+(?:talent acquisition|talent|recruiting|recruitment|hiring|people|careers|hr|human resources|people team|people ops)(?:\s+(?:team|department))?\s*$`,
  'i',
);
const signaturePattern2 = re(
  String.raw`^(?:the\s+)?(?:talent acquisition|talent|recruiting|recruitment|hiring|people|careers|hr)\s+(?:team\s+)?(?:at|@)\s+${companyGroup}\s*$`,
  'i',
);
const signaturePattern3 = re(String.raw`^(.{2,50}?)\s*(?:,|\bat\b|\||@|\s[-–]\s)\s*(?:the\s+)?${companyGroup}\s*$`);
const signaturePattern4 = re(String.raw`^(?:[Tt]he\s+)${companyGroup}\s+(?:[Tt]eam|[Pp]eople [Tt]eam)\s*$`);

function bodyParties(
  text: string,
  companies: Candidate[],
  roles: Candidate[],
  agencyMail: boolean,
  platform: string | null,
): void {
  const list = sentences(text).slice(0, 40);
  for (const sentence of list) {
    // A cheap keyword test first: the full patterns are long and Unicode-aware, and most sentences match none.
    const run = (pattern: RegExp, prefilter: RegExp | null, onMatch: (m: RegExpMatchArray) => void) => {
      if (prefilter && !prefilter.test(sentence)) return;
      for (const m of sentence.matchAll(pattern)) onMatch(m);
    };
    run(
      roleBeforeNoun,
      /\b(?:position|role|opening|vacancy|job|post|opportunity|req|programme|program|scheme)/i,
      (m) => {
        add(roles, cleanRole(m[1]), 2.5, 'body');
        add(companies, cleanCompany(m[2]), 3, 'body');
      },
    );
    run(
      roleAfterNoun,
      /\b(?:position|role|post|job|vacancy|poste|puesto|stelle|functie|cargo|bewerbung|candidature|sollicitatie|solicitud)\s/i,
      (m) => {
        add(roles, cleanRole(m[1]), 2.5, 'body');
        add(companies, cleanCompany(m[2]), 3, 'body');
      },
    );
    run(roleAppliedFor, /\b(?:applying|applied|application|candidacy|candidatura|interest|interview)/i, (m) => {
      add(roles, cleanRole(m[1], !m[2]), 2.5, 'body');
      add(companies, cleanCompany(m[2]), 3, 'body');
    });
    run(companyAfterPhrase, null, (m) => {
      const client = /client|behalf/i.test(m[0]);
      add(companies, cleanCompany(m[1]), client ? 4 : 2.5, client ? 'client' : 'body');
    });
    run(roleBeforeInterview, /interview/i, (m) => {
      add(roles, cleanRole(m[1], true), 2, 'body');
    });
    run(roleJoiningAs, /\bas\s/i, (m) => {
      add(roles, cleanRole(m[1], true), 2.5, 'body');
    });
    const subjectOf = /^\S+(?:\s+\S+){0,6}\s+(?:is|are|has|have|would|want|wants|had)\s/.test(sentence)
      ? sentence.match(companyAsSubject)
      : null;
    // An agency names its client this way too ("Orbital Insurance have confirmed…"); the agency itself is blocked later.
    if (subjectOf) add(companies, cleanCompany(subjectOf[1]), agencyMail ? 3 : 2.5, agencyMail ? 'client' : 'body');
  }
  for (const m of text.matchAll(roleLabelLine)) add(roles, cleanRole(m[1]), 3, 'label');
  if (platform) {
    // Job boards lay a confirmation out as lines: "Your application was sent to X" / "Analytics Engineer" / "X · London".
    for (const line of text.split('\n').slice(0, 12)) {
      const trimmed = line.trim();
      if (trimmed.length > 2 && trimmed.split(/\s+/).length <= 6) add(roles, cleanRole(trimmed, true), 1.2, 'layout');
    }
  }
  // "© 2026 Stellar Foods Inc. All rights reserved." in a footer names the sender's company.
  const copyright = text.match(copyrightLine);
  if (copyright && !agencyMail) add(companies, cleanCompany(copyright[1]), 1.5, 'footer');
  if (agencyMail) return;
  // Signatures: "Northwind Talent Team", "Talent Partner, Contoso", "Head of People | Fabrikam".
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-8);
  for (const line of lines) {
    if (line.length > 70) continue;
    let m = line.match(signaturePattern1);
    if (m) add(companies, cleanCompany(m[1]), 2, 'signature');
    m = line.match(signaturePattern2);
    if (m) add(companies, cleanCompany(m[1]), 2, 'signature');
    m = line.match(signaturePattern3);
    if (m?.[1] && signatureTitle.test(m[1]) && !/[.!?]$/.test(m[1])) add(companies, cleanCompany(m[2]), 2, 'signature');
    m = line.match(signaturePattern4);
    if (m) add(companies, cleanCompany(m[1]), 2, 'signature');
  }
}

function senderParties(
  content: MailContent,
  companies: Candidate[],
  platform: string | null,
  agencyMail: boolean,
): void {
  const from = content.from;
  if (!from || agencyMail) return;
  const name = from.name.replace(/^["']|["']$/g, '').trim();
  if (name) {
    const via = name.match(/^(.+?)\s+(?:via|through|on|from|\||@)\s+(.+)$/i);
    if (via?.[2] && hiringPlatform(via[2])) add(companies, cleanCompany(via[1]), 2.5, 'sender');
    else if (teamSuffix.test(name) || teamPrefix.test(name)) add(companies, cleanCompany(name), 2.5, 'sender');
    else if ((platform || content.isNoReply) && !hiringPlatform(name) && name.split(/\s+/).length <= 4)
      add(companies, cleanCompany(name), 1.5, 'sender');
  }
  add(companies, companyFromPlatformAddress(from.address), 1.2, 'platform-address');
  const domainCompany = companyFromDomain(from.address);
  if (domainCompany) {
    // The domain confirms a candidate written the same way ("Adventure Works" ~ adventureworks.com).
    const squash = (v: string) => v.toLowerCase().replace(/[^a-z0-9]/g, '');
    const match = companies.find((c) => squash(c.value) === squash(domainCompany));
    if (match) match.score += 1;
    else add(companies, domainCompany, 0.8, 'domain');
  }
}

/**
 * Finds the employer and the role an email is about: from the subject, the body, the signature, the sender's
 * display name, and the sender's domain as a last resort. Hiring platforms and agencies are never the company;
 * for an agency email the company is its client, or null when the client is not named.
 *
 * @example
 * extractParties({ subject: 'Interview for Data Analyst at Northwind', … }).company; // 'Northwind'
 */
export function extractParties(content: MailContent, body: string): MailParties {
  const from = content.from;
  const platform = from ? (hiringPlatform(from.address) ?? hiringPlatform(from.name)) : null;
  const senderAgency = from
    ? (agencyName(from.name) ?? (isFreeMailDomain(from.address) ? null : agencyName(from.address.split('@')[1] ?? '')))
    : null;
  const agencyMail = Boolean(senderAgency) || clientPhrase.test(body);

  const companies: Candidate[] = [];
  const roles: Candidate[] = [];
  subjectParties(content.subject, companies, roles);
  bodyParties(body, companies, roles, agencyMail, platform);
  senderParties(content, companies, platform, agencyMail);

  // An agency email names the agency too ("I'm Sam from Hays"); it is never the employer.
  const agency = senderAgency ?? (agencyMail ? (from ? companyFromDomain(from.address) : null) : null);
  const blocked = new Set<string>();
  if (agency) blocked.add(agency.toLowerCase());
  if (agencyMail && from) {
    const domainCompany = companyFromDomain(from.address);
    if (domainCompany) blocked.add(domainCompany.toLowerCase());
  }
  const allowed = companies.filter(
    (c) =>
      !blocked.has(c.value.toLowerCase()) &&
      // Only a candidate named after an agency ("Hays Technology"), not one that merely contains such a word.
      !c.value.toLowerCase().startsWith(agencyName(c.value)?.toLowerCase() ?? '\u0000') &&
      !(agencyMail && c.source !== 'client' && c.source !== 'subject' && c.source !== 'body'),
  );
  return { company: best(allowed, true), role: best(roles), platform, agency: agencyMail ? agency : null };
}
