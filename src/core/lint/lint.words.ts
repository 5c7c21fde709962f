/**
 * Word lists for proofreading: frequent misspellings (caught instantly, before the WebAssembly proofreader has
 * loaded), technical and company words that are never mistakes, and the British/American spelling pairs that
 * are both right.
 */

/** Frequent real-world misspellings → correction (lower case). */
export const commonMisspellings: Record<string, string> = {
  abscence: 'absence',
  accomodate: 'accommodate',
  accomodation: 'accommodation',
  acheive: 'achieve',
  acheived: 'achieved',
  acquaintence: 'acquaintance',
  adress: 'address',
  agian: 'again',
  agressive: 'aggressive',
  apparantly: 'apparently',
  appologise: 'apologise',
  appologize: 'apologize',
  apreciate: 'appreciate',
  apreciated: 'appreciated',
  appreicate: 'appreciate',
  arguement: 'argument',
  assesment: 'assessment',
  basicly: 'basically',
  becuase: 'because',
  beacuse: 'because',
  begining: 'beginning',
  beleive: 'believe',
  beleived: 'believed',
  belive: 'believe',
  buisness: 'business',
  calender: 'calendar',
  carreer: 'career',
  catagory: 'category',
  collegue: 'colleague',
  collegues: 'colleagues',
  comming: 'coming',
  commited: 'committed',
  committment: 'commitment',
  commitee: 'committee',
  competant: 'competent',
  completly: 'completely',
  concious: 'conscious',
  congradulations: 'congratulations',
  consistant: 'consistent',
  convinient: 'convenient',
  definately: 'definitely',
  definetly: 'definitely',
  definatly: 'definitely',
  defintely: 'definitely',
  dissapoint: 'disappoint',
  dissapointed: 'disappointed',
  dissapointing: 'disappointing',
  embarass: 'embarrass',
  enviroment: 'environment',
  excelent: 'excellent',
  existance: 'existence',
  experiance: 'experience',
  familar: 'familiar',
  finaly: 'finally',
  foward: 'forward',
  freind: 'friend',
  fullfil: 'fulfil',
  goverment: 'government',
  grammer: 'grammar',
  gratefull: 'grateful',
  greatful: 'grateful',
  guarentee: 'guarantee',
  happend: 'happened',
  harrass: 'harass',
  helpfull: 'helpful',
  honestely: 'honestly',
  immediatly: 'immediately',
  independant: 'independent',
  intrested: 'interested',
  intresting: 'interesting',
  interveiw: 'interview',
  interveiwed: 'interviewed',
  intervew: 'interview',
  irregardless: 'regardless',
  knowlege: 'knowledge',
  knowledgable: 'knowledgeable',
  liase: 'liaise',
  liason: 'liaison',
  managment: 'management',
  millenium: 'millennium',
  neccessary: 'necessary',
  necessery: 'necessary',
  noticable: 'noticeable',
  occassion: 'occasion',
  occured: 'occurred',
  occurence: 'occurrence',
  oppurtunity: 'opportunity',
  opportunty: 'opportunity',
  oportunity: 'opportunity',
  opportunites: 'opportunities',
  persue: 'pursue',
  posession: 'possession',
  possibilty: 'possibility',
  potentialy: 'potentially',
  prefered: 'preferred',
  priviledge: 'privilege',
  probaly: 'probably',
  proffesional: 'professional',
  profesional: 'professional',
  publically: 'publicly',
  realy: 'really',
  reccomend: 'recommend',
  reccommend: 'recommend',
  recomend: 'recommend',
  reccomendation: 'recommendation',
  recomendation: 'recommendation',
  recieve: 'receive',
  recieved: 'received',
  recieving: 'receiving',
  refered: 'referred',
  relevent: 'relevant',
  remeber: 'remember',
  repsonse: 'response',
  resposibility: 'responsibility',
  responsibilites: 'responsibilities',
  responsiblity: 'responsibility',
  resourses: 'resources',
  schedual: 'schedule',
  seperate: 'separate',
  seperately: 'separately',
  sincerly: 'sincerely',
  sincerelly: 'sincerely',
  speach: 'speech',
  succesful: 'successful',
  successfull: 'successful',
  sucessful: 'successful',
  suprise: 'surprise',
  suprised: 'surprised',
  tomorow: 'tomorrow',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  truely: 'truly',
  tounge: 'tongue',
  untill: 'until',
  usefull: 'useful',
  wierd: 'weird',
  wich: 'which',
  writting: 'writing',
  accessability: 'accessibility',
  availabilty: 'availability',
  oppertunity: 'opportunity',
  excersise: 'exercise',
  excercise: 'exercise',
  strenght: 'strength',
  strenghts: 'strengths',
  weakneses: 'weaknesses',
  appriciate: 'appreciate',
  apprecaite: 'appreciate',
  thier: 'their',
  teh: 'the',
  adn: 'and',
  recruter: 'recruiter',
  recuiter: 'recruiter',
  postion: 'position',
  positon: 'position',
  tecnical: 'technical',
  techincal: 'technical',
  feeback: 'feedback',
  feedbak: 'feedback',
  applicaton: 'application',
  oppotunity: 'opportunity',
  sincerley: 'sincerely',
  regads: 'regards',
};

/** Words written as one that should be two (or more). */
export const boundaryErrors: Record<string, string> = {
  alot: 'a lot',
  thankyou: 'thank you',
  infact: 'in fact',
  aswell: 'as well',
  incase: 'in case',
  eachother: 'each other',
  everytime: 'every time',
  atleast: 'at least',
  inspite: 'in spite',
  noone: 'no one',
  ofcourse: 'of course',
  alittle: 'a little',
  abit: 'a bit',
  inorder: 'in order',
  thankyouu: 'thank you',
};

/** Technical words, tools and well-known companies a job seeker writes about; never spelling mistakes. */
export const techTerms = new Set(
  `kubernetes k8s k3s kubectl terraform ansible pulumi grafana prometheus loki tempo kafka flink iceberg snowflake dbt
  debezium postgres postgresql mysql mariadb sqlite mongodb redis memcached graphql grpc protobuf typescript javascript
  nodejs deno bun vite vitest jest webpack eslint biome prettier react nextjs vue nuxt svelte sveltekit angular django
  flask fastapi rails laravel springboot kotlin golang rust scala haskell elixir erlang clojure pyspark databricks
  airflow dagster prefect looker tableau powerbi figma jira confluence github gitlab bitbucket jenkins circleci argo
  argocd helm istio envoy nginx opentelemetry otel datadog splunk elasticsearch kibana logstash opensearch aws gcp
  azure eks gke aks ec2 s3 rds lambda dynamodb cloudformation serverless microservices microservice devops devsecops
  mlops finops sre slo slos sli slis okr okrs kpi kpis api apis sdk sdks saas paas iaas b2b b2c fintech insurtech
  healthtech edtech proptech regtech frontend backend fullstack dataset datasets repo repos monorepo codebase runbook
  runbooks postmortem postmortems homelab dockerfile docker podman linux ubuntu debian macos ios android wcag aria a11y
  i18n l10n ux ui cicd ci cd llm llms genai openai chatgpt pytorch tensorflow sklearn numpy pandas jupyter mlflow
  kubeflow sagemaker bigquery redshift athena hadoop spark hive presto trino clickhouse duckdb supabase firebase vercel
  netlify heroku cloudflare stripe twilio salesforce hubspot zendesk slack notion miro asana trello okta auth0 oauth
  oidc saml sso jwt webhook webhooks idempotency idempotent middleware async enum enums json yaml toml csv sql nosql
  etl elt cdc olap oltp bff restful http https tcp dns cdn vpc iam rbac gdpr psd2 hipaa soc2 iso27001 pci dss fca ico
  scrum kanban agile standup standups retro retros roadmap roadmaps stakeholder stakeholders onboarding offboarding
  upskilling reskilling workstream workstreams learnings timebox timeboxed hackathon hackathons meetup meetups
  linkedin glassdoor deliveroo monzo revolut ocado starling skyscanner shopify spotify netflix airbnb uber google
  microsoft amazon atlassian hashicorp vmware nvidia intel oracle sap ibm accenture deloitte kpmg pwc mckinsey
  storefront storybook tailwind sass scss webassembly wasm nextjs remix astro cypress playwright selenium junit pytest
  rspec gradle maven npm pnpm yarn pip conda venv virtualenv nix bazel cmake rabbitmq nats pubsub sqs sns kinesis
  eventbridge fargate ecs cloudwatch xray lighthouse axe nvda voiceover jaws figjam dovetail amplitude mixpanel segment
  optimizely launchdarkly sentry pagerduty opsgenie statuspage backstage crossplane karpenter keda knative cilium
  calico linkerd consul vault nomad packer vagrant chef puppet saltstack whiteboard whiteboarding whiteboards mortem
  mortems upskill upskilled dogfooding timeboxing mentee mentees neurodivergent allyship etc pharma biotech medtech goroutine goroutines
  cutover cutovers failover failovers triage triages triaged triaging
  pharmacovigilance mins hrs mgmt mgr dept info admin ok okay config configs`.split(/\s+/),
);

/**
 * A spelling that is the British (or American) form of a suggestion: both are right, so it is not a mistake.
 *
 * @example
 * isDialectVariant('organisation', 'organization'); // true
 */
export function isDialectVariant(word: string, suggestion: string): boolean {
  const a = canonicalSpelling(word);
  return a === canonicalSpelling(suggestion) && word.toLowerCase() !== suggestion.toLowerCase();
}

function canonicalSpelling(word: string): string {
  return (
    word
      .toLowerCase()
      .replace(/'s$/, '')
      .replace(/our(?=[a-z]*$)/, 'or')
      .replace(/is(e|es|ed|ing|er|ers|ation|ations|able)$/, 'iz$1')
      .replace(/ys(e|es|ed|ing|er|ers)$/, 'yz$1')
      .replace(/tre(s?)$/, 'ter$1')
      .replace(/ogue(s?)$/, 'og$1')
      .replace(/ence(s?)$/, 'ense$1')
      .replace(/ll(ed|ing|er|ers)$/, 'l$1')
      // British "focussed", "biassed": the doubled s of some writers (both forms are in British dictionaries).
      .replace(/(focus|bias)s(ed|es|ing)$/, '$1$2')
      .replace(/ae/g, 'e')
      .replace(/oe(?=[a-z])/g, 'e')
      .replace(/mme(s?)$/, 'm$1')
      .replace(/^practis/, 'practic')
      .replace(/^grey/, 'gray')
      .replace(/^cheque/, 'check')
      .replace(/^tyre/, 'tire')
      .replace(/^sceptic/, 'skeptic')
      .replace(/ement$/, 'ment')
      .replace(/^enrol(?!l)/, 'enroll')
      .replace(/^fulfil(?!l)/, 'fulfill')
  );
}
