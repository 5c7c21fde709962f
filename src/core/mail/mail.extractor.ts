import {
  agencyName,
  companyFromDomain,
  companyFromPlatformAddress,
  hiringPlatform,
  isFreeMailDomain,
  isNoReplyAddress,
  isSigningService,
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
  /** 0–1: how well the employer is supported (1 when none is named: there is nothing to be wrong about). */
  certainty: number;
}

// A capitalised word of a name ("Northwind", "McKinsey", "eBay", "3M", "Booking.com"); a dot only inside a word.
const word = String.raw`(?:[\p{Lu}0-9](?:[\p{L}\p{N}_&'+-]|\.(?=\p{L}))*|\p{Ll}{1,2}\p{Lu}(?:[\p{L}\p{N}_&'+-]|\.(?=\p{L}))*)`;
// Public bodies are "X for Y" ("Department for Transport"); elsewhere "for" ends a name ("Northwind for Data Analyst").
const institution =
  '(?:Department|Ministry|Office|Agency|Centre|Center|Institute|Council|Foundation|Society|Trust|Commission|Authority|School|College|Association|Federation|Alliance|Fund)';
const companyPattern = String.raw`(?:${word}\s+)?${institution}\s+(?:for|of)\s+(?:the\s+)?${word}(?:\s+(?:&|and)?\s*${word}){0,3}|${word}(?:\s+(?:(?:&|and|of|de|du|der|für|und|y)\s+)?${word}){0,4}`;
// A title may carry a location or team after a dash: "Store Manager – Bristol".
const rolePattern = String.raw`[\p{L}\p{N}][\p{L}\p{N}_/&+#.'-]*(?:(?:,?\s+|\s+[-–]\s+)(?:[\p{L}\p{N}(][\p{L}\p{N}_/&+#.'()-]*)){0,7}`;

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
  /(?<![\p{L}\p{N}])(?:engineer(?:ing)?|developer|analyst|manager|designer|scientist|coordinator|specialist|consultant|director|lead|architect|administrator|admin|assistant|associate|officer|representative|rep|executive|intern(?:ship)?|technician|writer|editor|accountant|nurse|teacher|advis[eo]r|strategist|researcher|recruiter|partner|owner|marketer|planner|programmer|tester|agent|operator|supervisor|head|vp|president|chief|c[tefo]o|clerk|trainee|apprentice|graduate|fellow|lawyer|counsel|attorney|paralegal|pharmacist|therapist|driver|chef|cook|barista|cashier|buyer|producer|artist|illustrator|photographer|instructor|tutor|lecturer|professor|librarian|secretary|receptionist|controller|auditor|actuary|economist|statistician|mechanic|electrician|carpenter|operative|sre|devops|attendant|worker|handler|practitioner|physician|doctor|dentist|surgeon|coach|trainer|investigator|inspector|surveyor|estimator|merchandiser|copywriter|translator|interpreter|generalist|steward|support|success|sales|marketing|product|operations|finance|data|software|frontend|backend|full[- ]?stack|qa|ux|ui|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|ingénieur|développeur|chef de projet|responsable|desarrollador|ingeniero|analista|gerente|medewerker|ontwikkelaar|chargée?|directeur|directrice|directora?|jefe|técnico|analist|adviseur|redakteur(?:in)?|mitarbeiter(?:in)?|verkäufer(?:in)?|rédacteur|rédactrice|vendeur|vendeuse|conseiller|conseillère|recepcionista|vendedor(?:a)?|consultor(?:a)?|lecturer|cashier|disponent(?:in)?|konstrukteur(?:in)?|buchhalter(?:in)?|monteur(?:in)?|pfleger(?:in)?|erzieher(?:in)?|fachkraft|auxiliar|jef[ae]|técnic[oa]|enfermer[oa]|camarer[oa]|cociner[oa]|comercial|infirmier|infirmière|assistante?|commerciale?|technicien(?:ne)?|comptable|employée?|gestionnaire)(?![\p{L}\p{N}])|\p{L}(?:planer|leiter|manager|entwickler|ingenieur|berater|referent|kaufmann|kauffrau|techniker|assistent|spezialist|koordinator|managerin|planerin|leiterin|entwicklerin|beraterin|referentin|analyst|analist)(?![\p{L}\p{N}])|エンジニア|デザイナー|マネ(?:ー)?ジャー|アナリスト|コンサルタント|プログラマー?|営業|事務|研究職/iu;

/** Words after which a title starts: "interest in the Data Analyst". */
const leadingWords =
  /\b(?:the|a|an|your|our|their|this|that|in|for|to|with|at|about|on|into|le|la|el|der|die|das|para|pour|für|als|como|voor)\s+(?=\S)/gi;
const roleHeadAtEnd = new RegExp(`(?:${roleHead.source})\\s*$`, 'iu');

/** Capitalised words that start sentences or subjects and are never an employer. */
const notCompany =
  /^(?:hi|hello|dear|hey|thank|thanks|thank you|unfortunately|your|you|we|our|us|i|my|the|this|that|a|an|it|re|fwd?|fw|aw|wg|tr|update|updates|next|steps?|application|applications|interview|interviews|offer|position|role|job|jobs|candidate|candidates|team|hr|careers?|recruiting|recruitment|talent|hiring|people|please|regards|best|kind|sincerely|cheers|congratulations|welcome|invitation|reminder|confirmation|important|information|news|status|no|not|yes|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|mr|mrs|ms|dr|all|each|every|here|there|if|as|at|for|in|on|with|and|or|zoom|teams|google meet|microsoft teams|calendly|phone|video|office|remote|hybrid|linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|icims|teamtailor|workable|bamboohr|jobvite|recruitee|personio|taleo|successfactors|entretien|entrevista|einladung|bewerbung|candidature|candidatura|votre|ihre|ihr|oferta|angebot|proceso|selección|sollicitatie|je|uw|bonjour|hallo|hola|beste|liebe|lieber|sehr)$/i;

/** Words that show a phrase is about the process, not a name ("Offer of Employment", "Interview Invitation"). */
const processWord =
  /\b(?:offer|interview|application|applications|invitation|update|employment|position|vacancy|candidacy|status|confirmation|reminder|assessment|screen|feedback|next steps?|intro|introduction|entretien|entrevista|einladung|bewerbung|candidature|candidatura|absage|oferta|angebot|sollicitatie|colloquio|gesprek|(?:vorstellungs)?gespräch)\b/i;
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
  /^(?:the|a|an|our|your|this|that|open|opened|exciting|new|recent|current|advertised|available|above|following|mentioned|posted|vacant|permanent|perm|full-time|part-time|contract|temporary|temp|fixed-term|freelance|(?:position|role|job|post|poste|puesto|stelle|functie|vacature|cargo) (?:of|as|de|d'|als|van|como|del|di)|bewerbung(?: als| für| um)?|candidature(?: pour| au poste de)?|solicitud(?: para)?|sollicitatie(?: als| voor)?|application(?: for)?)\s+/i;
const requisition = String.raw`(?:[A-Z]{0,4}-?\d[\w-]*|req(?:uisition)?\.?\s*(?:id)?\s*#?:?\s*[\w-]*\d[\w-]*|#\s*\d+|job id:? ?[\w-]+)`;

/** Terms of employment written beside a title: "Data Engineer contract", "(temp to perm)", "(12-month FTC)". */
const employmentTerm = String.raw`(?:(?:\d+|six|nine|twelve|three)[- ]?months?(?:\s+(?:fixed[- ]term\s+)?(?:contract|ftc))?|fixed[- ]term(?:\s+contract)?|temp(?:orary)?(?:[- ]to[- ]perm(?:anent)?)?|perm(?:anent)?|contract(?:[- ]to[- ]hire)?|freelance|part[- ]time|full[- ]time|ftc|maternity cover|parental leave cover|befristet|unbefristet|cdi|cdd)`;
/** Gender markers that German and French job ads put after a title: "(m/w/d)", "(H/F)", "(all genders)". */
const genderMarker = String.raw`(?:[mwfdhvx]\s*\/\s*){1,3}[mwfdhvx]|all genders|gn`;
/**
 * Parentheses after a title that say nothing about the job itself: gender markers, work place, terms, and anything
 * with a number (ids, grades, durations: "(Job ID 88231)", "(Band 7)"). A specialisation ("(iOS)") stays.
 */
const noiseInParentheses = String.raw`(?:${genderMarker}|remote|hybrid|on-?site|[^()]*\d[^()]*|req[^)]*|#[^)]*|${employmentTerm}(?:\s*(?:[,/&]|and)\s*${employmentTerm})*)`;
const parenthesisedNoise = re(String.raw`\s*\(\s*${noiseInParentheses}\s*\)\s*`, 'gi');
const trailingTerm = re(
  String.raw`(?<!\b(?:of|for|de|and|&))(?:\s*[-–—,|/]\s*|\s+)${employmentTerm}(?:\s+(?:role|position|job|basis|contract|vacancy|opportunity))?$`,
  'i',
);
const hasGenderMarker = re(String.raw`\(\s*(?:${genderMarker})\s*\)|\s(?:[mwfdhx]\/){2}[mwfdhx]$`, 'i');
/** An interview stage written after the title in a calendar event: "Product Designer Portfolio Review". */
const trailingStage =
  /(?:\s+(?:first|second|third|final|initial|intro(?:ductory)?|technical|hiring manager|panel|phone|video|portfolio|case study|culture(?: fit)?|onsite|on-site|in-person|behaviou?ral|design|coding|system design|take-home))*\s+(?:interview|screen(?:ing)?|call|chat|review|round|presentation|assessment|session|meeting|debrief)s?$/i;

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
  // "(m/w/d)" is only ever written after a job title: the phrase is a role even without a familiar head noun.
  const markedAsTitle = hasGenderMarker.test(value);
  // Keep only what follows the last determiner or preposition: "interest in the Data Analyst" -> "Data Analyst";
  // but an "in" that continues a title stays ("Lecturer in Computer Science", "Software Engineer in Test").
  value = value.replace(parenthesisedNoise, ' ').trim();
  const cuts = [...value.matchAll(leadingWords)];
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i];
    if (!cut || cut.index === undefined) continue;
    const before = value.slice(0, cut.index);
    // Words inside parentheses belong to the title: "Software Engineer (Payments for Merchants)".
    if (before.split('(').length > before.split(')').length) continue;
    if (/^in\s/i.test(cut[0]) && roleHeadAtEnd.test(before)) continue;
    value = value.slice(cut.index + cut[0].length);
    break;
  }
  for (let i = 0; i < 4; i++) value = value.replace(roleNoiseBefore, '');
  value = value
    .replace(leadingRequisition, '')
    .replace(/^(?:19|20)\d\d\s+/, '')
    .replace(parenthesisedNoise, ' ')
    .replace(/\s+(?:[mwfdhx]\/){2}[mwfdhx]$/i, '')
    .replace(trailingRequisition, '')
    .replace(/[\s,.:;!?]+$/, '')
    .replace(/\s+(?:position|role|job|opening|vacancy|post|opportunity|application|interview|offer)$/i, '')
    .replace(trailingTerm, '')
    .replace(trailingStage, '')
    .replace(/\s+[-–—|:]\s+(?:outcome|update|decision|feedback|next steps?|status|results?)$/i, '')
    .replace(/[\s,.:;!?|"'-]+$/, '')
    .replace(/^["'\s]+/, '')
    .trim();
  if (value.length < 2 || value.length > 80 || /[:;!?@]/.test(value)) return null;
  // Japanese job titles are written in kanji and katakana; hiragana ("の", "ご") belongs to a sentence.
  if (/\p{Script=Hiragana}/u.test(value)) return null;
  const words = value.split(' ');
  if (words.length > 8) return null;
  if (!roleHead.test(value) && !markedAsTitle) {
    // Without a head noun, accept only a short title written in capitals ("Growth Hacker").
    if (
      strict ||
      words.length > 4 ||
      !words.every((w) => /^[A-Z&/(]/.test(w) || /^(?:of|and|for|in|&|de|du|des)$/.test(w))
    )
      return null;
  }
  if (
    /\b(?:you|your|we|our|us|i|my|me|they|their|it|this|that|these|those|was|were|is|are|be|been|have|has|will|would|can|could|which|who|what|when|time|interest|applying|application|applications|candidatura|candidature|bewerbung|solicitud|postulación|interview(?:ing)?|screen(?:ing)?|call|chat|meeting|invitation|update|status|team|process|company|hiring manager|thank|thanks|offer|congratulations)\b/i.test(
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

function best(list: Candidate[], mergePrefixes = false, continuation = ' '): string | null {
  // "Redwood" in the subject and "Redwood Manufacturing" in the body are the same employer: the fuller name wins.
  if (mergePrefixes)
    for (const short of list)
      for (const long of list)
        if (long !== short && long.value.toLowerCase().startsWith(`${short.value.toLowerCase()}${continuation}`))
          long.score += short.score;
  let top: Candidate | null = null;
  for (const candidate of list) if (!top || candidate.score > top.score) top = candidate;
  return top?.value ?? null;
}

/** The user's own name as the To: header gives it: folded word by word, and as a pattern to cut it out of text. */
interface RecipientName {
  tokens: string[];
  pattern: RegExp | null;
}

const fold = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const nameTokens = (value: string) =>
  value
    .split(/\s+/)
    .map((token) => fold(token.replace(/[^\p{L}\p{N}'-]/gu, '')))
    .filter(Boolean);

function recipientName(words: string[]): RecipientName | null {
  if (words.length === 0 || words.length > 4) return null;
  const tokens = words.map(fold);
  // Only a full name is cut out of text; a first name alone could be part of an employer's name.
  const pattern =
    words.length >= 2
      ? new RegExp(
          String.raw`(?<![\p{L}\p{N}])${words
            .map((w) => (w.length === 1 ? `${w}\\p{L}*\\.?` : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join(String.raw`[\s.]+`)}(?:'s)?(?![\p{L}\p{N}])`,
          'giu',
        )
      : null;
  return { tokens, pattern };
}

const roleMailbox =
  /^(?:jobs?|careers?|talent|recruit(?:ing|ment)?|hr|people|hiring|info|hello|contact|team|office|admin|applications?|candidates?|undisclosed-recipients)(?:[._+-]|$)/;

/**
 * The recipient's names — the job seeker's own, never the employer — from the To: display names and from
 * first.last addresses. Addresses on the sender's own domain or of a team ("Northwind Talent") are not the user.
 */
function recipientNames(content: MailContent): RecipientName[] {
  const senderDomain = content.from?.address.split('@')[1] ?? '\u0000';
  const names: RecipientName[] = [];
  for (const to of content.to ?? []) {
    const [local = '', domain = ''] = to.address.split('@');
    // The employer's own list or mailbox (a candidate in Bcc) is not the user.
    if (domain === senderDomain || isNoReplyAddress(to.address) || roleMailbox.test(local)) continue;
    const display = to.name.replace(/["']/g, '').trim();
    if (display && !display.includes('@') && !teamSuffix.test(display) && !teamPrefix.test(display)) {
      // "Moreau, Alex" is Alex Moreau.
      const ordered = /^[^,]+,[^,]+$/.test(display) ? display.split(',').reverse().join(' ') : display;
      const name = recipientName(ordered.split(/\s+/).filter((w) => /\p{L}/u.test(w)));
      if (name) names.push(name);
    }
    const parts = local.replace(/\+.*$/, '').split(/[._-]+/);
    if (parts.length >= 2 && parts.length <= 3 && parts.every((part) => /^\p{L}+$/u.test(part))) {
      const name = recipientName(parts);
      if (name) names.push(name);
    }
  }
  return names;
}

/**
 * True when a phrase is the recipient's own name: "Alex Moreau", "Alex", "Jordan Ellis" for j.ellis@…. A surname
 * alone is not enough: Emma Johnson may well apply to Johnson & Johnson, Sam Ford to Ford.
 */
function isRecipientName(value: string, names: RecipientName[]): boolean {
  const words = nameTokens(value);
  if (words.length === 0 || words.length > 4) return false;
  return names.some((name) => {
    if (words.length === 1) return (name.tokens[0]?.length ?? 0) > 1 && words[0] === name.tokens[0];
    const matched = new Set<string>();
    const all = words.every((word) =>
      name.tokens.some((token) => {
        const same = token === word || (token.length === 1 && word.startsWith(token));
        if (same) matched.add(token);
        return same;
      }),
    );
    return all && matched.size >= 2 && [...matched].some((token) => token.length > 1);
  });
}

const nameJoint = String.raw`(?:\/|<>|<->|&|\+|×|\bx\b|\band\b|\bwith\b|\||,)`;
/** Stands in for the cut name while the separators around it are tidied (a private-use character). */
const nameMark = '\uE000';
const jointBeforeName = new RegExp(String.raw`[ \t]*${nameJoint}[ \t]*${nameMark}`, 'g');
const jointAfterName = new RegExp(String.raw`${nameMark}[ \t]*${nameJoint}[ \t]*`, 'g');

/**
 * Text with the recipient's full name cut out, and the separators it leaves tidied: calendar titles pair the
 * candidate with the employer ("Alex Moreau / Tidewater Bank - Risk Analyst"), e-signature subjects put the
 * candidate's name between the document's parts.
 */
function withoutRecipient(text: string, names: RecipientName[]): string {
  let out = text;
  for (const name of names) if (name.pattern) out = out.replace(name.pattern, nameMark);
  if (!out.includes(nameMark)) return text;
  return out
    .replace(jointBeforeName, '')
    .replace(jointAfterName, '')
    .replaceAll(nameMark, '')
    .replace(/^[ \t]*[-–—|:,][ \t]*/gm, '')
    .replace(/([:|])[ \t]*[-–—|][ \t]*/g, '$1 ')
    .replace(/[ \t]+[-–—|](?=[ \t]+[-–—|][ \t])/g, '')
    .replace(/[ \t]*[-–—|:,/][ \t]*$/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Calendar invitations: "Invitation: <title> @ Thu Nov 5, 2026 10am - 10:45am (EST) (alex@example.org)". */
const eventPrefix =
  /^(?:(?:updated |new )?invitation(?: with note)?|accepted|declined|tentatively accepted|(?:canceled|cancelled) event|event (?:canceled|cancelled)|updated event|(?:aktualisierte )?einladung|invitation mise à jour|invitación(?: actualizada)?)\s*:\s*/i;
const eventWhen = /\s+@\s+(?:\p{L}{2,10}\.?,?\s+){0,2}\d{1,4}\b.*$/iu;
/** E-signature requests: "Please DocuSign: <document>", "Signature requested on "<document>"". */
const signingRequest =
  /^(?:please docusign|please (?:review and |review & )?sign|complete with docusign|signature requested(?: on| by [^:]{1,60})?|action required|ready for your signature)\s*:?\s*|^(?:.{0,60}?\s)?(?:has requested your signature on|requested your signature on|you have been asked to sign|(?:has )?sent you(?: a document)?(?: to (?:review and )?sign)?|has shared)\s*:?\s*/i;

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

function subjectParties(
  subject: string,
  companies: Candidate[],
  roles: Candidate[],
  names: RecipientName[],
  signing: boolean,
): void {
  let s = withoutRecipient(subject.replace(subjectPrefix, '').replace(eventPrefix, '').replace(eventWhen, ''), names);
  // The document's title is the subject that matters: "Offer Letter - Clearwater Analytics".
  if (signing || /^(?:please docusign|please sign|signature requested)\b/i.test(s))
    s = s.replace(signingRequest, '').replace(/^["“'](.+)["”']$/, '$1');
  japaneseParties(s, companies, roles, 'subject');
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

const cjk = /[\p{Script=Han}\p{Script=Katakana}]/u;
// Japanese writes no spaces: a company is what follows or precedes its legal form, a role what precedes 職.
const japaneseCompany =
  /(?:株式会社|有限会社|合同会社)\s*([^\s、。の（）()「」様]{2,20}?)(?=[の\s、。様（(]|$)|(?:^|[\s、。「（(])([^\s、。の（）()「」様]{2,20}?)\s*(?:株式会社|有限会社|合同会社)/gmu;
const japaneseRole =
  /([\p{Script=Katakana}\p{Script=Han}ー・A-Za-z]{2,20}?)(?:職|ポジション)(?:に|へ|の|で|として|）)/gu;
const japaneseBracketed = /（([^（）]{2,30})）/gu;

/** The employer and the role in Japanese text: "株式会社サクラテックのバックエンドエンジニア職にご応募いただき". */
function japaneseParties(text: string, companies: Candidate[], roles: Candidate[], source: string): void {
  if (!cjk.test(text)) return;
  for (const m of text.matchAll(japaneseCompany)) add(companies, m[1] ?? m[2] ?? null, 3, source);
  // "経理職" says "the accounting position": 職 marks a title as (m/w/d) does in German.
  for (const m of text.matchAll(japaneseRole)) add(roles, m[1] ?? null, 2.5, source);
  for (const m of text.matchAll(japaneseBracketed)) add(roles, cleanRole(m[1]?.replace(/職$/, ''), true), 2, source);
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
  String.raw`\b(?:position|role|post|job|vacancy|poste|puesto|stelle|functie|cargo|Bewerbung|candidature|sollicitatie|solicitud)\s+(?:of|as|de|d'|als|van|como)\s+(?:an?\s+)?${roleGroup}(?:\s+(?:at|with|en|bei(?: der)?|chez|bij|au sein (?:de|du|des))\s+${companyGroup})?(?=[.,;!]|\s+(?:at|with|in|en|bei|chez|bij|and|et|y|und|is|was|has|we|here|on|starting|beginning|based|reporting|subject|à|a|zu|te|au|dans|pour|dès|el|para|con|desde|im|ab|mit)(?![\p{L}\p{N}])|\s*\((?:${noiseInParentheses})\)|$)`,
  'g',
);
const roleAppliedFor = re(
  String.raw`\b(?:applying|applied|application|candidacy|candidatura|interest|interviewing|interviewed)\s+(?:for|to|al puesto de|au poste de)\s+(?:the\s+|a\s+|an\s+)?${roleGroup}(?:\s+(?:at|with|en|chez)\s+${companyGroup}|(?=\s+and\b|[.;!]|,\s+(?:and|but|which|we|our|as|so)\b|\s*\((?:${noiseInParentheses})\)|$))`,
  'g',
);
const companyAfterPhrase = re(
  String.raw`\b(?:[Ii]nterest in(?: joining| working (?:at|for|with))?(?: the team at)?|interviewing with|interviewed with|speaking with us at|applying (?:to|at|with)|applied (?:to|at|with)|career(?:s)? at|[Hh]ere at|(?:the )?team at|[Ee]veryone at|all of us at|us at|(?:[Jj]oin|[Jj]oining|joined)(?: the team at| us at)?|[Oo]n behalf of(?: (?:my|our) client,?)?|(?:[Mm]y|[Oo]ur) client,?|working (?:at|for|with)|opportunit(?:y|ies) (?:at|with)|(?:role|position|job) (?:at|with)|employment (?:at|with)|(?:offer|position) from|recruiting for|hiring for|opening at|vacancy at|sent to|submitted to|(?:recruiter|recruiting|talent partner|sourcer|hiring manager|engineer|manager) at|portez à|candidature chez|au sein (?:de|du|des)|Bewerbung bei(?: der)?|Interesse an der|interés en|bij)\s+(?:the\s+)?${companyGroup}`,
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
/** A job board's card line "Crescent Dental - Leeds" / "Northwind · London, UK": the employer and the place. */
const companyAndPlace = re(String.raw`^(${companyPattern})\s+[-–·•|]\s+\p{Lu}[\p{L} .,'-]{1,40}$`);
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
  japaneseParties(text, companies, roles, 'body');
  if (platform) {
    // Job boards lay a confirmation out as lines: "Your application was sent to X" / "Analytics Engineer" / "X · London".
    for (const line of text.split('\n').slice(0, 12)) {
      const trimmed = line.trim();
      if (trimmed.length > 2 && trimmed.split(/\s+/).length <= 6) add(roles, cleanRole(trimmed, true), 1.2, 'layout');
      const place = trimmed.match(companyAndPlace);
      if (place?.[1] && !roleHead.test(place[1])) add(companies, cleanCompany(place[1]), 1.5, 'layout');
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
  body: string,
  companies: Candidate[],
  platform: string | null,
  agencyMail: boolean,
): void {
  const from = content.from;
  if (!from || agencyMail) return;
  const name = from.name.replace(/^["']|["']$/g, '').trim();
  if (name) {
    const via = name.match(/^(.+?)\s+\(?(?:via|through|on|from|\||@)\s+(.+?)\)?$/i);
    if (via?.[1] && via[2] && hiringPlatform(via[2])) {
      // "Northwind via Greenhouse" names the employer; "Fiona Park via DocuSign" the person who sent the envelope.
      if (!isSigningService(via[2]) || teamSuffix.test(via[1]) || teamPrefix.test(via[1]))
        add(companies, cleanCompany(via[1]), 2.5, 'sender');
    } else if (teamSuffix.test(name) || teamPrefix.test(name)) add(companies, cleanCompany(name), 2.5, 'sender');
    else if ((platform || content.isNoReply) && !hiringPlatform(name) && name.split(/\s+/).length <= 4)
      add(companies, cleanCompany(name), 1.5, 'sender');
  }
  add(companies, companyFromPlatformAddress(from.address), 1.2, 'platform-address');
  domainHint(companies, from.address, 0.8);
  if (platform) {
    // A platform or an e-signature service sends for someone: replies go to them, at the employer's own domain.
    if (content.replyTo) domainHint(companies, content.replyTo.address, 1);
    // DocuSign and the like name the envelope's sender in the text: "Nadia Okafor (nadia@ashgrove-architects.com)".
    if (isSigningService(from.address) || isSigningService(from.name)) {
      const own = new Set((content.to ?? []).map((to) => to.address));
      const sender = [...body.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)]
        .map((m) => m[0].toLowerCase())
        .find((address) => !own.has(address) && !hiringPlatform(address) && !isFreeMailDomain(address));
      if (sender) domainHint(companies, sender, 1);
    }
  }
}

/** The employer's name guessed from a domain: it confirms a candidate written the same way, or is one itself. */
function domainHint(companies: Candidate[], address: string, weight: number): void {
  const domainCompany = companyFromDomain(address);
  if (!domainCompany) return;
  // "Adventure Works" ~ adventureworks.com.
  const squash = (v: string) => v.toLowerCase().replace(/[^a-z0-9]/g, '');
  const match = companies.find((c) => squash(c.value) === squash(domainCompany));
  if (match) match.score += weight + 0.2;
  else add(companies, domainCompany, weight, 'domain');
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
  const names = recipientNames(content);
  const signing = Boolean(from && (isSigningService(from.address) || isSigningService(from.name)));
  subjectParties(content.subject, companies, roles, names, signing);
  bodyParties(withoutRecipient(body, names), companies, roles, agencyMail, platform);
  senderParties(content, body, companies, platform, agencyMail);

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
      !(agencyMail && c.source !== 'client' && c.source !== 'subject' && c.source !== 'body') &&
      // The candidate's own name is never the employer, wherever it was found.
      !isRecipientName(c.value, names),
  );
  const company = best(allowed, true);
  return {
    company,
    // "Lecturer" in a sentence and "Lecturer in Computer Science" in the subject: the full title wins.
    role: best(roles, true, ' in '),
    platform,
    agency: agencyMail ? agency : null,
    certainty: companyCertainty(allowed, company),
  };
}

/**
 * How well the chosen employer is supported: a guess from the sender's domain alone, or a close rival, is worth a
 * review rather than a confident answer.
 */
function companyCertainty(candidates: Candidate[], company: string | null): number {
  if (!company) return 1;
  const top = candidates.find((c) => c.value === company);
  if (!top) return 1;
  let certainty = 1;
  // A colleague's own domain usually names the employer, if roughly ("Crescentdental"); a platform mailbox, barely.
  if (top.source === 'domain' && top.score < 2) certainty = 0.8;
  if (top.source === 'platform-address' && top.score < 2) certainty = 0.7;
  const lower = company.toLowerCase();
  const rival = candidates
    .filter((c) => c !== top && !lower.startsWith(c.value.toLowerCase()) && !c.value.toLowerCase().startsWith(lower))
    .reduce((most, c) => Math.max(most, c.score), 0);
  if (rival >= top.score * 0.8) certainty = Math.min(certainty, 0.75);
  return certainty;
}
