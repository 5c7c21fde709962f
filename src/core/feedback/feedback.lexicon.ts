/**
 * Named skills, tools and knowledge areas that feedback often cites. One signal among several for
 * `specifics`: phrases after cues ("experience with …", "knowledge of …") are captured as well, so a term
 * missing here is still found when the feedback frames it.
 */

/** How a specific is worked on: a tool to get hands-on with, or a body of knowledge to study. */
export type SpecificKind = 'tool' | 'knowledge' | 'domain' | 'language';

interface LexiconEntry {
  name: string;
  kind: SpecificKind;
}

// Canonical spellings; the matcher is case-insensitive and accepts the aliases after "=".
const tools = `Kubernetes=k8s|Docker|Terraform|Ansible|Helm|AWS|Azure|GCP=google cloud|Lambda|Kafka|RabbitMQ|Redis|
PostgreSQL=postgres|MySQL|MongoDB|Elasticsearch|Snowflake|dbt|Airflow|Spark|Hadoop|BigQuery|Databricks|SQL Server|
Oracle|SQL|NoSQL|GraphQL|REST APIs=rest api|gRPC|React|Angular|Vue=vue.js|Svelte|Next.js|Node.js=node|
TypeScript|JavaScript|Python|Java|Kotlin|Scala|Golang|Rust|C\\+\\+|C#|\\.NET=dotnet|Ruby|Rails=ruby on rails|PHP|Swift|
Objective-C|Flutter|React Native|Django|Flask|Spring Boot|pandas|NumPy|PyTorch|TensorFlow|scikit-learn|MATLAB|
Excel|VLOOKUP|VLOOKUPs|pivot tables|Power BI|Tableau|Looker|Salesforce|HubSpot|SAP|Workday|Jira|Confluence|Figma|
Sketch|Adobe Creative Suite|Photoshop|Illustrator|InDesign|Google Analytics|Google Ads|SEO|SEM|CI/CD|Jenkins|
GitHub Actions|Git|Linux|Bash|PowerShell|Selenium|Cypress|Playwright|Jest|Unity|Unreal|AutoCAD|Revit|SolidWorks|
Xero|QuickBooks|Sage|Snowflake|Tableau|Zendesk|Marketo|Webflow|WordPress|Shopify|Splunk|Datadog|Prometheus|Grafana|
OpenShift|ServiceNow|Okta|IAM|Microsoft 365|SharePoint|Dynamics 365|NetSuite|Mixpanel|Amplitude|Intune|Autopilot|Jamf|
Active Directory|Entra ID|VMware|Citrix|Cerner|EMIS|SystmOne|Premiere Pro|After Effects|Final Cut Pro|Blender|ZBrush|
Houdini|Pardot`;

const knowledge = `system design|distributed systems|distributed databases|data structures|algorithms|
object-oriented design|design patterns|microservices|event-driven architecture|cloud architecture|networking|
cybersecurity|security engineering|application security||cryptography|concurrency|multithreading|performance tuning|observability|monitoring|
testing|unit testing|test automation|TDD|DevOps|SRE|infrastructure as code|data modelling=data modeling|
database design|indexing|query optimisation=query optimization|ETL|data pipelines|data engineering|data analysis|
data visualisation=data visualization|statistics|machine learning|deep learning|NLP|computer vision|MLOps|LLMs|
A/B testing|experimentation|product sense|product strategy|roadmapping|prioritisation=prioritization|
user research|UX research|usability testing|interaction design|visual design|information architecture|
accessibility|WCAG|ARIA|screen readers|design systems|frontend|backend|full stack|mobile development|iOS|Android|
financial modelling=financial modeling|financial statements|financials|accounting|IFRS|IFRS 16|GAAP|US GAAP|lease accounting|
budgeting|forecasting|FP&A|valuation|audit|tax|payroll|risk management|compliance|AML|KYC|GDPR|data protection|
HIPAA|SOC 2|ISO 27001|PCI DSS|safeguarding|clinical governance|pharmacology|
project management|programme management=program management|agile|Scrum|Kanban|PRINCE2|
change management|coaching|mentoring|negotiation|
lead generation|content marketing|copywriting|brand strategy|social media|paid social|performance marketing|
email marketing|CRM|marketing automation|public speaking|presentation skills|commercial awareness|
go-to-market|market research|competitor analysis|
lean|Six Sigma|health and safety|employment law|contract law|conveyancing|litigation|
case management|curriculum design|classroom management|SEN|lesson planning|numerical reasoning|verbal reasoning|
mental maths=mental math|estimation|problem solving|debugging|code review|error handling|logging|edge cases|
migrations|scalability|caching|load balancing|consensus algorithms|Raft|Paxos|pod scheduling`;

// Areas of experience rather than skills: feedback about them is about level and background (`experience`).
const domains = `stakeholder management|people management|line management|team leadership|leadership|
enterprise sales|B2B sales|B2B marketing|B2B SaaS|account management|supply chain|procurement|
logistics planning|customer success|business development`;

const languages =
  'English|German|French|Spanish|Italian|Dutch|Portuguese|Mandarin|Cantonese|Japanese|Korean|Arabic|Polish|Swedish|Norwegian|Danish|Finnish|Russian|Hindi|Welsh|Turkish|Hebrew|Greek|Czech|Hungarian|Romanian|Ukrainian|Vietnamese|Thai|Indonesian|Malay';

function parse(list: string, kind: SpecificKind): Array<LexiconEntry & { aliases: string[] }> {
  return list
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [name = item, ...aliases] = item.split('=');
      return { name: name.replace(/\\/g, ''), kind, aliases: [name, ...aliases] };
    });
}

const entries = [
  ...parse(tools, 'tool'),
  ...parse(knowledge, 'knowledge'),
  ...parse(domains, 'domain'),
  ...parse(languages, 'language'),
];

/** Canonical entry by lower-case alias. */
const byAlias = new Map<string, LexiconEntry>();
for (const entry of entries) {
  for (const alias of entry.aliases) byAlias.set(alias.replace(/\\/g, '').toLowerCase(), entry);
}

// Longest aliases first so "SQL Server" wins over "SQL". Terms that are also common words ("Go", "R", "Sage")
// are only recognised when written with their capital, see `caseSensitive`.
const caseSensitive = new Set([
  'sage',
  'swift',
  'lean',
  'unity',
  'sketch',
  'spark',
  'helm',
  'excel',
  'jest',
  'rust',
  'playwright',
  'unreal',
  'bash',
  'amplitude',
  // "star and snowflake schemas" are data modelling, not the warehouse.
  'snowflake',
]);
const sortedAliases = entries
  .flatMap((entry) => entry.aliases)
  .sort((a, b) => b.length - a.length)
  .filter((alias) => !caseSensitive.has(alias.replace(/\\/g, '').toLowerCase()));
const lexiconPattern = new RegExp(`(?<![\\w.#+/-])(?:${sortedAliases.join('|')})(?![\\w#+-]|\\.\\w)`, 'gi');
// Programming languages spelt like ordinary words or letters ("Go", "C", "R") are read from their spelling and
// their place, not from a list of sentences: the verb "go" is written in lower case mid-sentence, so a capital
// "Go" there is the language; at the start of a sentence it is the language only when a noun or a verb follows
// it as its subject ("Go was the gap", "Go concurrency"), never "Go ahead", "Go and …" or "Go-live".
const goLanguage =
  /(?:(?<=[\p{Ll}\d,;:(/)]\s+)(?<!\b[Ll]et(?:'s|’s| us) )Go|(?<![\p{L}\p{N}\s,;:(/)]\s*)(?<![\p{L}\p{N}])Go(?= (?:is|was|were|skills?|knowledge|experience|code|coding|concurrency|developers?|engineers?|programming|services?|modules?|fundamentals|expertise|background|proficiency)\b| ?,| or\b))(?![\p{L}\p{N}'’-]| (?:ahead|back|live|To|With|For|Team|Go)\b)/gu;
// A lone capital "C" or "R" is a language only where a language can stand: after a word that introduces one
// ("in C", "with R", "write C") or another language, or before a word that names what is done in it
// ("C programming", "R scripts"); never a grade, a band, a list of options ("A, B and C") or "R&D", "C-suite".
const languageIntro = `(?:${'in|with|of|and|or|like|using|use|used|write|writing|wrote|written|know|knew|learn|learning|your|stronger|more|modern|embedded|plain'
  .split('|')
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|')}|Python|Java|Go|Rust|SQL|MATLAB|Julia|Stata|SAS|SPSS|Scala|Fortran|C\\+\\+|C#)`;
const letterLanguage = new RegExp(
  String.raw`(?<![A-Z](?:,| and| or) )(?:(?<=\b${languageIntro},? )[CR]|(?<![\w.#+/&'’-])[CR](?= (?:programming|code|coding|skills|knowledge|experience|developers?|scripts?|packages?|language|fundamentals|background|expertise|proficiency)\b))(?![\w#+&'’/-]|\.\w| (?:grade|level|band|rating|score|class|section|type|suite|drive)\b)`,
  'g',
);
const caseSensitivePattern = new RegExp(
  `(?<![\\w.#+/-])(?:${entries
    .flatMap((entry) => entry.aliases)
    .filter((alias) => caseSensitive.has(alias.toLowerCase()))
    .map((alias) => alias.charAt(0).toUpperCase() + alias.slice(1))
    .join('|')})(?![\\w#+-])`,
  'g',
);

const schoolSubject =
  /^english (?:teach\w*|department|dept|faculty|literature|lit|language (?:and|&) literature|lessons?|class(?:es)?|curriculum|subject|team|gcse|a-?level|degree|graduate|major|school|students?|pupils?|(?:and|&) (?:maths|history|drama|media))\b|^english(?:-| )(?:speaking|born|based)\b/i;

/** A lexicon term found in a text, with its position. */
export interface LexiconHit {
  name: string;
  kind: SpecificKind;
  index: number;
}

/**
 * Finds the lexicon's named skills, tools and languages in a text.
 *
 * @example
 * findLexiconTerms('Weak on k8s and SQL Server').map((hit) => hit.name) // ['Kubernetes', 'SQL Server']
 */
export function findLexiconTerms(text: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const pattern of [lexiconPattern, caseSensitivePattern]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const entry = byAlias.get(m[0].toLowerCase());
      if (entry) hits.push({ name: entry.name, kind: entry.kind, index: m.index });
    }
  }
  // "English" is also a school subject and a nationality: "the English department", "an English teacher".
  const kept = hits.filter((hit) => hit.name !== 'English' || !schoolSubject.test(text.slice(hit.index)));
  hits.length = 0;
  hits.push(...kept);
  for (const pattern of [goLanguage, letterLanguage]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
      hits.push({ name: m[0], kind: 'tool', index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * The kind of a specific, from the lexicon when known, else guessed from its wording.
 *
 * @example
 * specificKind('Terraform') // 'tool'
 */
export function specificKind(name: string): SpecificKind {
  const entry = byAlias.get(name.toLowerCase());
  if (entry) return entry.kind;
  // Capitalised single words and acronyms are usually products or tools ("Snowflake", "MHRA").
  if (/^[A-Z][\w.+#-]*$/.test(name) && !name.includes(' ')) return 'tool';
  return 'knowledge';
}

/** True when a phrase names a technical skill, tool or body of knowledge the lexicon knows. */
export function mentionsLexiconTerm(text: string): boolean {
  return findLexiconTerms(text).length > 0;
}
