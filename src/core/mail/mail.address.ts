/**
 * What an email address says about who sent it: a no-reply robot, a hiring platform, a recruitment agency,
 * or a company's own domain. General rules over the address's shape, plus the well-known platforms and
 * agencies by name (a sender's display name is often "Northwind via Greenhouse").
 */

/**
 * True when replies to this address will not reach a person.
 *
 * @example
 * isNoReplyAddress('no-reply@us.greenhouse-mail.io'); // true
 * isNoReplyAddress('priya.shah@contoso.example'); // false
 */
export function isNoReplyAddress(address: string): boolean {
  const local = (address.split('@')[0] ?? '').toLowerCase();
  return /(?:^|[._+-])(?:no|do[._-]?not|dont)[._-]?repl(?:y|ies)(?:$|[._+-])|noreply|donotreply|^(?:mailer-daemon|postmaster|bounces?|notifications?|notify|automated|auto-?confirm|alerts?|system)(?:$|[._+-])/.test(
    local,
  );
}

/** Hiring platforms (ATS and job boards): they send for the employer, so they are never the company. */
const platforms: Array<{ name: string; pattern: RegExp }> = [
  { name: 'Greenhouse', pattern: /greenhouse/ },
  { name: 'Lever', pattern: /(?:^|\.)lever\.co$|hire\.lever/ },
  { name: 'Workday', pattern: /workday/ },
  { name: 'Ashby', pattern: /ashby/ },
  { name: 'SmartRecruiters', pattern: /smartrecruiters/ },
  { name: 'iCIMS', pattern: /icims/ },
  { name: 'Teamtailor', pattern: /teamtailor/ },
  { name: 'Workable', pattern: /workable/ },
  { name: 'BambooHR', pattern: /bamboohr/ },
  { name: 'LinkedIn', pattern: /linkedin/ },
  { name: 'Indeed', pattern: /indeed/ },
  { name: 'Jobvite', pattern: /jobvite/ },
  { name: 'Recruitee', pattern: /recruitee/ },
  { name: 'Personio', pattern: /personio/ },
  { name: 'SuccessFactors', pattern: /successfactors|sapsf/ },
  { name: 'Taleo', pattern: /taleo/ },
  { name: 'Oracle Recruiting', pattern: /oraclecloud|fa\.[a-z0-9-]+\.oraclecloud/ },
  { name: 'JazzHR', pattern: /jazzhr|applytojob/ },
  { name: 'Breezy HR', pattern: /breezy/ },
  { name: 'Pinpoint', pattern: /pinpointhq/ },
  { name: 'Rippling', pattern: /rippling/ },
  { name: 'Glassdoor', pattern: /glassdoor/ },
  { name: 'ZipRecruiter', pattern: /ziprecruiter/ },
  { name: 'Monster', pattern: /monster\./ },
  { name: 'Dice', pattern: /(?:^|\.)dice\.com$/ },
  { name: 'Wellfound', pattern: /wellfound|angel\.co/ },
  { name: 'Welcome to the Jungle', pattern: /welcometothejungle|otta\.com/ },
  { name: 'StepStone', pattern: /stepstone/ },
  { name: 'XING', pattern: /xing\./ },
  { name: 'Totaljobs', pattern: /totaljobs/ },
  { name: 'Seek', pattern: /(?:^|\.)seek\.com/ },
  { name: 'Handshake', pattern: /joinhandshake/ },
  { name: 'Gem', pattern: /(?:^|\.)gem\.com$/ },
  { name: 'Beamery', pattern: /beamery/ },
  { name: 'Phenom', pattern: /phenom/ },
  { name: 'Avature', pattern: /avature/ },
  { name: 'Cornerstone', pattern: /csod\.com|cornerstoneondemand/ },
  { name: 'UKG', pattern: /ultipro|ukg\./ },
  { name: 'ADP', pattern: /(?:^|\.)adp\.com$/ },
  { name: 'HireVue', pattern: /hirevue/ },
  { name: 'Calendly', pattern: /calendly/ },
  { name: 'GoodTime', pattern: /goodtime/ },
  { name: 'Zoho Recruit', pattern: /zohorecruit|zoho\./ },
  { name: 'Comeet', pattern: /comeet/ },
  { name: 'JOIN', pattern: /(?:^|\.)join\.com$/ },
  { name: 'Homerun', pattern: /homerun\.co/ },
  { name: 'Paradox', pattern: /paradox\.ai/ },
  { name: 'Freshteam', pattern: /freshteam/ },
  { name: 'Bullhorn', pattern: /bullhorn/ },
  { name: 'Dover', pattern: /(?:^|\.)dover\.(?:com|io)$/ },
  { name: 'Manatal', pattern: /manatal/ },
  // E-signature services send offer letters for the employer; "Fiona Park via DocuSign" is the person who sent it.
  ...signingServices(),
];

function signingServices(): Array<{ name: string; pattern: RegExp }> {
  return [
    { name: 'DocuSign', pattern: /docusign/ },
    { name: 'Adobe Acrobat Sign', pattern: /adobesign|echosign|adobe (?:acrobat )?sign/ },
    { name: 'Dropbox Sign', pattern: /hellosign|dropbox ?sign/ },
    { name: 'PandaDoc', pattern: /pandadoc/ },
    { name: 'SignNow', pattern: /signnow/ },
    { name: 'Yousign', pattern: /yousign/ },
  ];
}

const signingServiceNames = new Set(signingServices().map((service) => service.name));

const anyPlatform = new RegExp(platforms.map((platform) => platform.pattern.source).join('|'));

/** Free mailbox providers: a person writing from one tells us nothing about the employer. */
const freeMail =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail|hey|tutanota|orange|free|btinternet|comcast|example)$/;

/** Recruitment agencies known by name; other agencies are recognised by how they write ("my client"). */
const agencyNames =
  /\b(?:hays|robert half|michael page|page ?group|page personnel|randstad|adecco|manpower(?:group)?|kelly services|kforce|teksystems|aerotek|allegis|harvey nash|reed(?: specialist)? recruitment|spencer ogden|robert walters|korn ferry|insight global|apex systems|modis|akkodis|experis|huxley|nigel frank|jefferson frank|mason frank|frank recruitment|la fosse|morgan mckinley|lorien|computer futures|sthree|heidrick|spencer stuart|egon zehnder|russell reynolds|vaco|beacon hill|addison group|motion recruitment|jobot|cybercoders|hirewell|creative circle|aquent|cpl|oliver bernard|talent ?bridge)\b/i;

/** Words that make a sender's name or domain an agency rather than an employer's own HR. */
const agencyWords =
  /\b(?:staffing|headhunt(?:er|ers|ing)?|executive search|search partners|resourcing|personnel|recruitment (?:agency|consultants?|partners?|solutions|group)|talent solutions)\b/i;

/**
 * The hiring platform behind an address or display name, or null.
 *
 * @example
 * hiringPlatform('no-reply@us.greenhouse-mail.io'); // 'Greenhouse'
 * hiringPlatform('jobs@contoso.example'); // null
 */
export function hiringPlatform(addressOrName: string): string | null {
  const value = addressOrName.toLowerCase();
  const domain = value.includes('@') ? (value.split('@')[1] ?? '') : value;
  // One combined test first: most names and domains are not platforms, and this runs for every candidate name.
  if (anyPlatform.test(domain))
    for (const platform of platforms) if (platform.pattern.test(domain)) return platform.name;
  // A domain that calls itself an ATS or a job board ("boards.example-ats.com", "jobs-mailer.io").
  if (
    value.includes('@') &&
    /(?:^|[.-])(?:ats|jobboard|job-?board|jobs?mail(?:er)?|recruiting-?mail)(?:[.-]|$)/.test(domain)
  )
    return 'a hiring platform';
  return null;
}

/**
 * True when an address or display name belongs to an e-signature service (DocuSign, Adobe Acrobat Sign, Dropbox
 * Sign, PandaDoc…): its emails carry someone else's document, and the name it shows is a person's.
 *
 * @example
 * isSigningService('dse_na3@docusign.net'); // true
 */
export function isSigningService(addressOrName: string): boolean {
  return signingServiceNames.has(hiringPlatform(addressOrName) ?? '');
}

/**
 * The recruitment agency an address or display name belongs to, or null.
 *
 * @example
 * agencyName('Sam Lee | Hays Technology'); // 'Hays'
 */
export function agencyName(value: string): string | null {
  const known = value.match(agencyNames);
  if (known) return titleCase(known[0]);
  if (agencyWords.test(value)) return value.trim();
  return null;
}

/** True for a free mailbox provider (Gmail, Outlook…). */
export function isFreeMailDomain(address: string): boolean {
  const domain = (address.split('@')[1] ?? '').toLowerCase();
  const labels = domain.split('.');
  return labels.some((label, i) => i < labels.length - 1 && freeMail.test(label));
}

const subdomainNoise =
  /^(?:www|mail|email|e|em|mg|m|smtp|mx|careers?|jobs?|hr|recruit(?:ing|ment)?|talent|hire|hiring|people|notifications?|notify|news|info|apply|ats|us|eu|uk|emea|boards?|corp|go|team|send|bounce)$/;

/**
 * A guess at the employer's name from its email domain — the last resort when the email itself does not say.
 *
 * @example
 * companyFromDomain('tom.becker@careers.tailspin-toys.com'); // 'Tailspin Toys'
 * companyFromDomain('someone@gmail.com'); // null
 */
export function companyFromDomain(address: string): string | null {
  if (!address.includes('@') || isFreeMailDomain(address) || hiringPlatform(address)) return null;
  const domain = (address.split('@')[1] ?? '').toLowerCase();
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  labels.pop(); // top-level domain
  // Second-level public suffixes such as co.uk, com.au.
  if (labels.length > 1 && /^(?:co|com|org|net|ac|gov|ltd|plc)$/.test(labels[labels.length - 1] ?? '')) labels.pop();
  const name = labels.pop();
  if (!name || subdomainNoise.test(name) || name.length < 2) return null;
  return titleCase(name.replace(/[-_]+/g, ' '));
}

/**
 * The employer named in a platform address's local part (Workday and iCIMS send as `northwind@myworkday.com`),
 * or null for generic local parts.
 *
 * @example
 * companyFromPlatformAddress('northwind@myworkday.com'); // 'Northwind'
 */
export function companyFromPlatformAddress(address: string): string | null {
  // E-signature services name their own mail servers (dse_na3@docusign.net, docs@pandadoc.net), never the employer.
  if (!hiringPlatform(address) || isSigningService(address)) return null;
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  const fromSubdomain = domain.match(/^([a-z0-9-]+)\.(?:wd\d+\.)?myworkday(?:jobs)?\.com$/)?.[1];
  const candidate = fromSubdomain ?? local.replace(/^(?:careers?|jobs?|talent|recruiting)[-_.]/, '');
  const platformName = (hiringPlatform(address) ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (
    !candidate ||
    (platformName && candidate.replace(/[^a-z]/g, '').includes(platformName)) ||
    isNoReplyAddress(`${candidate}@x`) ||
    /^(?:jobs?|careers?|talent|recruiting|recruitment|hire|hiring|hr|info|messages?|messaging|invitations?|updates?|candidates?|applications?|inmail|jobalerts?|alerts?|mail|email|team|support|hello|hit-reply|reply|[a-z0-9]{20,}|.*\d{4,}.*)$/.test(
      candidate,
    )
  )
    return null;
  return titleCase(candidate.replace(/[-_.]+/g, ' '));
}

/** Capitalises each word, keeping words already written with capitals (iCIMS, McKinsey). */
export function titleCase(value: string): string {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/[A-Z]/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
