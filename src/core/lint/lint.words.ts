import { wordTable } from '../tables';
/**
 * Word lists for proofreading: frequent misspellings (caught instantly, before the WebAssembly proofreader has
 * loaded), technical and company words that are never mistakes, and the British/American spelling pairs that
 * are both right.
 */

/** Frequent real-world misspellings → correction (lower case). */
export const commonMisspellings: Record<string, string> = wordTable({
  abscence: 'absence',
  accomodate: 'accommodate',
  accomodation: 'accommodation',
  acheive: 'achieve',
  acheived: 'achieved',
  enroled: 'enrolled',
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
  passionated: 'passionate',
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
});

/**
 * Informal spellings that read as slips in a formal note ("I rushed thru it"); inside a hyphenated compound they are
 * a name or a trade word ("drive-thru") and stay.
 */
export const informalSpellings: Record<string, string> = wordTable({
  thru: 'through',
  tho: 'though',
  altho: 'although',
});

/** Words written as one that should be two (or more). */
export const boundaryErrors: Record<string, string> = wordTable({
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
});

/**
 * Technical words, tools and well-known companies a job seeker writes about, never spelling mistakes; all lower
 * case. The last lines are other trades' words (nursing, teaching, kitchens, retail, finance, law, design,
 * research): of a candidate list of 427 such words from across the sectors users apply in, these are the ones
 * harper flagged; the last lines a second sweep of ~600 (medicine, manufacturing, law, insurance, logistics,
 * construction, energy, farming, media, hospitality, aviation, care, games); the last a third (~400: laboratories,
 * kitchens' French, yards and depots, shop floors, ledgers, wards, classrooms).
 */
export const techTerms = new Set(
  `cron crontab sudo stdout stderr stdin rustc dataframe dataframes scipy matplotlib seaborn onedrive freshdesk
  chartership charterships unhear unsee balayage ombre ombré microblading lede brine brining brined toile toiles selvedge haylage tupping psychoeducation
  excipient excipients biosimilar biosimilars boulangerie choux ganache couverture
  kubernetes k8s k3s kubectl terraform ansible pulumi grafana prometheus loki tempo kafka flink iceberg snowflake dbt
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
  upskilling reskilling skilling workstream workstreams learnings timebox timeboxed hackathon hackathons meetup meetups
  helpdesk helpdesks servicedesk
  linkedin glassdoor deliveroo monzo revolut ocado starling skyscanner shopify spotify netflix airbnb uber google
  microsoft amazon atlassian hashicorp vmware nvidia intel oracle sap ibm accenture deloitte kpmg pwc mckinsey
  storefront storybook tailwind sass scss webassembly wasm nextjs remix astro cypress playwright selenium junit pytest
  rspec gradle maven npm pnpm yarn pip conda venv virtualenv nix bazel cmake rabbitmq nats pubsub sqs sns kinesis
  eventbridge fargate ecs cloudwatch xray lighthouse axe nvda voiceover jaws figjam dovetail amplitude mixpanel segment
  optimizely launchdarkly sentry pagerduty opsgenie statuspage backstage crossplane karpenter keda knative cilium
  calico linkerd consul vault nomad packer vagrant chef puppet saltstack whiteboard whiteboarding whiteboards mortem
  mortems upskill upskilled dogfooding timeboxing mentee mentees neurodivergent allyship etc pharma biotech medtech goroutine goroutines
  cutover cutovers failover failovers triage triages triaged triaging
  pharmacovigilance pgvector langchain llamaindex telehealth telemedicine mins hrs mgmt mgr dept info admin ok okay config configs
  revalidation preceptorship perioperative cannulation venepuncture venipuncture sonography interprofessional
  polypharmacy formulary prescriber prescribers reablement telecare summative traineeship traineeships mise commis
  patissier pâtissier sommelier sommeliers planogram planograms stocktake stocktakes omnichannel ecommerce rostering
  scaffolder scaffolders intercompany capex opex paraplanner paraplanners paraplanning pupillage wireframe wireframes
  wireframing microcopy moodboard moodboards martech adtech upsell upsells upselling proteomics spectrometry
  cath sats defib defibs intubation extubation cannula cannulas cannulae haemodialysis hemodialysis doula doulas
  orthoptist orthoptists dietician dieticians zoonotic tolerancing weldment weldments fixturing deburring kaizen gemba
  andon takt heijunka jidoka muda toolpath toolpaths metrology thermoforming netlist netlists tapeout tapeouts verilog
  ediscovery subrogation cedant cedants bordereau bordereaux swaption swaptions securitisation securitization payables
  chargeback chargebacks paye neobank neobanks underbanked drawdown drawdowns decumulation crossdock crossdocking
  putaway drayage demurrage incoterms linehaul backhaul backhauls dunnage bunkering laytime shipbroker shipbrokers
  blockwork screeding drylining dryliner subbie subbies geotechnical geotech ductwork busbar busbars switchgear
  microgrid microgrids baseload interconnector interconnectors electrolyser electrolysers electrolyzer electrolyzers
  wellbore wellbores agritech agrochemical agrochemicals winemaking cellarmaster arboriculture arborist arborists
  silviculture copyediting longread longreads liveblog liveblogs storyboarding cortado cortados mixology mixologist
  mixologists turndown airside landside bosun drydock tutee tutees keyworker keyworkers esports playtest playtests
  playtesting playtesters liveops retopology lookdev litho viennoiserie viennoiseries beamtime clienteling cryo smolt
  smolts salmonid salmonids secondee secondees pipetting pipette pipettes salesy req reqs majeure bono
  lates earlies rostered perovskite perovskites glovebox gloveboxes aliquot aliquots benchtop biobank biobanks
  cleanroom cleanrooms cryostat lentiviral micropipette micropipettes microtome plasmid plasmids potentiostat
  transfection voltammetry zebrafish immunostaining photolithography tracheostomy nasogastric nebuliser nebulisers
  nebulizer nebulizers cannulate cannulated catheterisation catheterization stoma stomas bechamel béchamel brunoise
  chiffonade entremets hollandaise macchiato macchiatos mirepoix plongeur plongeurs tronc velouté veloute tacho tachos
  backloading banksman banksmen multidrop shunter shunters slinger slingers stretchwrap telehandler telehandlers
  despatch despatched keyholder keyholders replen shopfloor subledger subledgers offboard steelwork subitising
  subitizing gastropub gastropubs toolroom toolrooms sortation roastery roasteries
  precept precepts precepting preceptor preceptors preceptee preceptees barcoding barcoded`.split(/\s+/),
);

/**
 * Established words of other Englishes that a British dictionary lacks: Australian and New Zealand ("G'day",
 * "arvo", "ute"), South African ("braai", "bakkie"), Indian ("lakh", "crore", "prepone"), Irish and Scottish
 * ("craic", "outwith"), Singaporean, Nigerian and Canadian words people write to colleagues at home. Lower case,
 * with a straight apostrophe; their plurals in -s are accepted too.
 */
export const regionalWords = new Set(
  `g'day arvo ute servo bottlo brekkie smoko rego tradie footy esky doona mozzie sunnies bogan dinkum jandals
  bach chur stubbie trackies hooroo ripper chockers devo bludger bikkie cuppa maccas
  braai bakkie howzit lekker eish boet koppie veld bioscope takkies
  lakh crore prepone preponed preponing timepass godown
  craic eejit dreich outwith bairn wean gallus scunnered ceilidh ceilidhs
  kiasu shiok makan lah
  jollof wahala oga abeg
  toque toonie loonie poutine`.split(/\s+/),
);

/**
 * Words of te reo Māori (and Hawaiian) used in everyday New Zealand and Hawaiian English at work, and the greetings
 * and thanks people write to colleagues abroad ("Bonjour Claire", "Danke"): never mistakes.
 * Written with or without macrons; any word with a macron is accepted anyway (English has none).
 */
export const loanWords = new Set(
  `whanau hapu iwi korero tikanga mana marae hui mahi rangatahi tamariki kaumatua kuia aroha maori pakeha wairua
  manaakitanga whanaungatanga kaitiakitanga hauora taonga haka wananga matauranga aotearoa kaimahi rohe waka kai
  tautoko whakapapa kaupapa reo ako kura whare kaiako akonga pono tika mauri tangata whenua tangi mihi karakia
  powhiri kawa tiriti kia ora kaitiaki hapori ropu mahalo ohana keiki aloha kuleana pono lanai
  bonjour merci danke gracias grazie obrigado obrigada hola ciao salut hallo hej tack kiitos asante shukran
  diolch croeso shwmae slainte cordialement amicalement atentamente saludos abrazos saluti pozdrawiam groeten
  hilsen hälsningar halsningar cumprimentos atenciosamente abraços abracos grüße grusse
  keigo nemawashi senpai kohai omotenashi crudo carpaccio tartare gremolata velouté veloute brunoise chiffonade
  mirepoix soffritto sofrito fika hygge lagom`.split(/\s+/),
);
/**
 * Latin and French phrases English writing uses whole ("bona fide", "per se", "raison d'être"), lower case without
 * accents, hyphens or apostrophes: their pieces are words inside the phrase only ("se" alone is a slip for "see").
 */
export const loanPhrases: string[] =
  `diolch yn fawr|bore da|nos da|go raibh maith agat|dia duit|tapadh leat|bona fide|per se|chef de partie|chefs de partie|garde manger|maitre d|amuse bouche|amuse bouches|petits fours|
  petit four|sous vide|bain marie|bains marie|demi glace|vice versa|ad hoc|status quo|status quo ante|de facto|de jure|pro rata|
  quid pro quo|sine qua non|ad hominem|inter alia|et al|et cetera|mea culpa|modus operandi|alma mater|curriculum vitae|
  in situ|in vitro|in vivo|in silico|ex vivo|de novo|in utero|ex officio|pro forma|a priori|a posteriori|ad infinitum|
  ad nauseam|carte blanche|en route|deja vu|vis a vis|par excellence|savoir faire|joie de vivre|fait accompli|
  cul de sac|bete noire|laissez faire|raison d etre|habeas corpus|amicus curiae|prima facie|pro tem|pro tempore|
  ex gratia|inter partes|mutatis mutandis|per annum|per diem|per capita|persona non grata|viva voce|ad valorem|
  caveat emptor|cum laude|magna cum laude|summa cum laude|honoris causa|terra incognita|in absentia|
  in loco parentis|pro bono|sub judice|ultra vires|ex ante|ex post|ipso facto|non sequitur|post mortem|sui generis|
  tabula rasa|vox pop|vox populi|coup de grace|faux pas|bon voyage|bon appetit|c est la vie|tour de force|
  piece de resistance|avant garde|haute couture|creme de la creme|mise en scene|mise en place|hors d oeuvre|
  a la carte|au pair|carpe diem|de rigueur|en masse|en suite|esprit de corps|force majeure|idee fixe|
  noblesse oblige|nom de plume|pied a terre|sang froid|table d hote|tete a tete|trompe l oeil|je ne sais quoi|
  chef d oeuvre|mano a mano|ad lib|ad libitum|alter ego|bona fides|de minimis|in memoriam|magnum opus|
  pro re nata|quo vadis|verbatim et literatim|
  mit freundlichen grußen|mit freundlichen grussen|freundliche gruße|freundliche grusse|viele gruße|viele grusse|
  beste gruße|beste grusse|liebe gruße|liebe grusse|herzliche gruße|herzliche grusse|un abrazo|un saludo|
  saludos cordiales|un cordial saludo|muchas gracias|cordiali saluti|distinti saluti|un caro saluto|
  bien cordialement|tres cordialement|bien a vous|met vriendelijke groet|met vriendelijke groeten|
  med vanliga halsningar|med venlig hilsen|med vennlig hilsen|z powazaniem|s pozdravem|srdecne zdravim|
  com os melhores cumprimentos|muito obrigado|muito obrigada|beurre blanc|beurre noisette|creme brulee|
  creme anglaise|creme fraiche|pain perdu|pate a choux|mille feuille|tarte tatin|coq au vin|pot au feu|
  osso buco|vitello tonnato|cacio e pepe|al dente|sous chef|sous chefs|grazie mille|mille grazie|vielen dank|
  merci beaucoup|merci encore|tusen takk|tusen tack|dank je wel|dank u wel|heel erg bedankt|
  vanliga halsningar|basta halsningar|god jul|gott nytt ar|god jul og godt nytt ar|frohe weihnachten|feliz navidad|
  buon natale|joyeux noel|prettige feestdagen|is mise le meas|le meas|mise le meas|le gach dea ghui`
    .split('|')
    .map((phrase) => phrase.trim().replace(/\s+/g, ' '));

/** Words that only stand before another Māori word ("te reo", "te ao", "ngā mahi"). */
export const loanArticles = new Set(['te', 'nga', 'ngā', 'o', 'ki']);

/**
 * Greek and Latin combining forms of medicine and science ("echo-", "cardio-", "-graphy"): a word built only of
 * them is a real term even when the dictionary lacks it ("echocardiography", "immunohistochemistry"), and a
 * slip inside one ("echocardiograpy") leaves a piece that is not on the lists.
 */
const combiningForms =
  `echo cardio electro gastro entero hepato nephro neuro osteo arthro dermato haemato hemato haemo hemo
  angio broncho pneumo pulmo laryngo rhino oto ophthalmo colono procto uro gynaeco gyneco onco immuno histo cyto patho
  physio psycho pharmaco toxico radio sono tomo mammo endo myo cerebro cranio thoraco vaso veno lympho leuko leuco
  erythro thrombo chemo bio geo hydro thermo photo spectro chromato micro nano macro crystallo seismo petro paleo
  palaeo archaeo anthropo socio ethno eco agro phyto myco bacterio viro epidemio endocrino rheumato neonato geronto
  audio spiro fluoro arterio athero fibro adeno carcino glyco lipo proteo geno pheno karyo morpho kinesio ergo opto
  stereo magneto cyber astro aero hystero mastecto laparo arthroscopo encephalo electroencephalo myelo meta`.split(
    /\s+/,
  );
const finalForms = `graphy graphies graphic graphics grapher graphers gram grams graph graphs logy logies logic logical
  logically logist logists scopy scopies scope scopes scopic ectomy ectomies otomy otomies ostomy ostomies plasty
  plasties itis metry metric metrics meter meters metre metres pathy pathic therapy therapies therapist therapists
  genesis genic genetic genetics lysis lytic aemia emia oma omas osis penia plegia plegic physics chemistry chemical
  thoracic vascular cardiac dynamics kinetics mechanics informatics genomics proteomics metabolic surgery surgical
  surgeon surgeons nomy nomics sphere tomy phobia philic trophy trophic cyte cytes blast blasts phage phyte morphic
  tropic statistics diagnostics sanitary`.split(/\s+/);
const combiningPattern = new RegExp(
  `^(?:${combiningForms.map((f) => `${f.slice(0, -1)}(?:${f.at(-1)}|(?=[aeiou]))`).join('|')})+(?:${finalForms.join('|')})$`,
);

/**
 * Whether a lower-case word is made only of classical combining forms, and so a term of medicine or science.
 *
 * @example
 * isClassicalCompound('echocardiography'); // true
 */
export function isClassicalCompound(word: string): boolean {
  return word.length >= 8 && combiningPattern.test(word);
}

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
      // Only the -ence nouns that really have an -ense twin: "presense" is a misspelling of "presence".
      .replace(/^(defen|offen|licen|preten)ce(s?)$/, '$1se$2')
      // "travelled"/"traveled", but only for verbs stressed before their last syllable: "controled" and
      // "compeled" are misspellings in both dialects.
      .replace(/(?<!pe|xce|ro|sti|fi)ll(ed|ing|er|ers)$/, 'l$1')
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
      // "judgement"/"judgment", "acknowledgement": only after -dg; "improvment" is a misspelling.
      .replace(/dgement(s?)$/, 'dgment$1')
      .replace(/^enrol(?!l)/, 'enroll')
      .replace(/^fulfil(?!l)/, 'fulfill')
  );
}

/**
 * Common English verbs (base forms) for the verb-form checks: a modal, "to", "have" or "did" takes one form, and
 * a rule needs to know which words are verbs to see the wrong one ("to talked", "should have ask", "I enjoys").
 * A trailing `+` marks a final consonant doubled before -ed/-ing ("plan+" → planned); a leading `*` a verb that is
 * as often a noun ("*work"), so "have work to do" is not read as a verb form.
 */
const regularVerbs = `accept *access accomplish achieve acknowledge *act adapt add address adjust admire admit+ adopt *advance advise
  advocate affect agree *aim align allow analyse analyze *answer anticipate apologise apologize appear apply
  appreciate *approach approve argue arrange arrive ask assess assign assist assume attach *attempt attend attract
  automate avoid *balance *base believe belong *benefit *book borrow brainstorm browse *budget *call calculate *care
  carry celebrate *challenge *change *chat+ *check clarify *clean *close *coach collaborate collect combine commit+
  communicate compare compete complain *complete *compliment concentrate conclude conduct confirm connect consider
  consult *contact contain continue contribute *control+ convert convince cooperate coordinate *copy *correct *cover
  create *cross dedicate define *delay delegate delete deliver demonstrate deny depend deploy describe deserve
  *design desire determine develop differ *discover discuss *dislike *display divide *document *double *doubt
  *drop+ earn *edit educate embrace emphasise emphasize employ enable encourage *end engage enhance enjoy ensure
  enter establish *estimate evaluate examine exceed excel+ exist expand expect *experiment explain explore *express
  extend *face facilitate *fail *fear *figure *fill *finish *fit+ *fix *focus follow force *form *forward *function gain
  gather generate greet *guarantee *guide handle happen hate *head *help hesitate highlight hire hope *host
  identify ignore illustrate imagine implement impress improve include incorporate *increase indicate *influence
  inform initiate innovate insist inspire install integrate intend interact *interest *interview introduce invest
  invite involve join *judge *jump justify *kick *label+ *land *last *launch learn *like *limit *link *list listen
  *live *load locate *look *love maintain manage *map+ *mark *market *master *match *matter measure *mention *mentor
  migrate *mind *miss *model+ modernise modernize *monitor motivate *move *need negotiate *network *note *notice
  observe obtain occur+ *offer *open operate optimise optimize *order organise organize *outline *own participate
  *pass *pause perform persuade *pick *place *plan+ *play *point *post postpone *practise *prefer+ prepare *present
  *press pretend prevent *price *print prioritise prioritize proceed *process produce *program+ *progress *promise
  promote propose protect provide publish pull *purchase *push qualify *question *reach react realise realize
  receive recognise recognize recommend reconsider *record recover recruit reduce refer+ reflect refuse regret+
  reject relate relax *release rely remain remember remind remove rename repeat replace *reply *report represent
  *request require *research resolve *respect respond *rest restart restructure *result retain retire *return
  *review revise *reward *rush *save *schedule *scale *search secure select *share *shift *ship+ *sign simplify
  solve *sort *sound *start *stay *step+ *stop+ streamline strengthen *stress *structure *struggle *study submit+
  succeed suggest summarise summarize *support suppose *surprise *switch *talk *target teach *test *thank *touch
  *track *train *transfer+ transform translate *travel+ *treat *trust try *turn *type understand unlock *update
  *upgrade *use utilise utilize validate *value verify *view *visit *visualise *visualize *vote *wait *walk want
  *watch *welcome *wish *wonder *work *worry *wrap+
  seem *cause *claim *clear climb *concern *cook *count *cry *dance decide destroy die disagree *dream *dress *escape
  *guess kill *laugh marry *raise *regard reveal *roll serve settle *shout *smile *state suffer *suit *supply survive
  *suspect tend warn *wash *yield *fire thrive resonate empower excite *spark *shape *onboard *tackle retrain reapply
  relocate upskill reskill disturb *bother interrupt *trouble *waste *chase *email *phone
  announce notify finalise finalize reschedule rehearse acquire pursue appoint investigate confess cope supervise
  criticise criticize recall graduate enrol+ register configure debug+ bake pour unload reconcile weigh inspect
  diagnose prescribe dispense vaccinate reassure perceive consist exclude`;

/** Irregular verbs: base, past, past participle ("base=past" verbs such as cut are left out: their past looks like the base). */
const irregularVerbTable = `arise arose arisen|awake awoke awoken|*bear bore borne|*beat beat beaten|become became become
  |begin began begun|*bend bent bent|bind bound bound|*bite bit bitten|*bleed bled bled|*blow blew blown|*break broke broken
  |breed bred bred|bring brought brought|build built built|buy bought bought|*catch caught caught
  |choose chose chosen|cling clung clung|come came come|creep crept crept|*deal dealt dealt|*dig dug dug|do did done
  |*draw drew drawn|*drink drank drunk|*drive drove driven|eat ate eaten|*fall fell fallen|feed fed fed
  |*feel felt felt|*fight fought fought|find found found|flee fled fled|*fly flew flown|forbid forbade forbidden
  |forget forgot forgotten|forgive forgave forgiven|*freeze froze frozen|get got got|give gave given|go went gone
  |grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|*hold held held
  |keep kept kept|kneel knelt knelt|know knew known|*lay laid laid|*lead led led
  |*leave left left|lend lent lent|*lie lay lain|*light lit lit|lose lost lost|make made made
  |mean meant meant|meet met met|overcome overcame overcome|oversee oversaw overseen|pay paid paid|prove proved proven
  |*ride rode ridden|*ring rang rung|*rise rose risen|run ran run|say said said|see saw seen|seek sought sought
  |sell sold sold|send sent sent|*shake shook shaken|shine shone shone|*shoot shot shot|*show showed shown|sing sang sung
  |*sink sank sunk|sit sat sat|*sleep slept slept|*slide slid slid|speak spoke spoken|spend spent spent|*spin spun spun
  |*stand stood stood|steal stole stolen|*stick stuck stuck|*sting stung stung|*strike struck struck|strive strove striven
  |swear swore sworn|*sweep swept swept|swim swam swum|*swing swung swung|take took taken|teach taught taught
  |*tear tore torn|tell told told|think thought thought|*throw threw thrown|undergo underwent undergone
  |understand understood understood|undertake undertook undertaken|wake woke woken|*wear wore worn|*win won won
  |withdraw withdrew withdrawn|write wrote written|rewrite rewrote rewritten`;

/** What a verb form is: its base, and whether it is the base, the -s form, a past, a past participle or -ing. */
export interface VerbForm {
  base: string;
  forms: Set<FormName>;
  /** The base is as often a noun ("work", "plan"). */
  noun: boolean;
}

const thirdPerson = (base: string) =>
  /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
const regularPast = (base: string, double: boolean) =>
  double
    ? `${base}${base.at(-1)}ed`
    : /e$/.test(base)
      ? `${base}d`
      : /[^aeiou]y$/.test(base)
        ? `${base.slice(0, -1)}ied`
        : `${base}ed`;
const presentParticiple = (base: string, double: boolean) =>
  double
    ? `${base}${base.at(-1)}ing`
    : /ie$/.test(base)
      ? `${base.slice(0, -2)}ying`
      : /[^eoy]e$/.test(base)
        ? `${base.slice(0, -1)}ing`
        : `${base}ing`;

function buildVerbForms(): Map<string, VerbForm> {
  const map = new Map<string, VerbForm>();
  const add = (word: string, base: string, form: FormName, noun: boolean) => {
    let entry = map.get(word);
    if (!entry || entry.base !== base) {
      // A word that is forms of two verbs ("found", "lay") keeps the first reading; the checks that need certainty
      // ask for a single form.
      if (entry) return;
      entry = { base, forms: new Set(), noun };
      map.set(word, entry);
    }
    entry.forms.add(form);
  };
  for (const spec of irregularVerbTable.split('|')) {
    const [marked = '', past = '', participle = ''] = spec.trim().split(/\s+/);
    const noun = marked.startsWith('*');
    const base = marked.replace(/^\*/, '');
    add(base, base, 'base', noun);
    add(base === 'have' ? 'has' : thirdPerson(base), base, 's', noun);
    add(past, base, 'past', noun);
    add(participle, base, 'participle', noun);
    add(
      presentParticiple(base, /^(?:begin|get|run|sit|swim|win|forget|spin|dig|forbid)$/.test(base)),
      base,
      'ing',
      noun,
    );
  }
  for (const spec of regularVerbs.split(/\s+/)) {
    if (!spec) continue;
    const noun = spec.startsWith('*');
    const double = spec.endsWith('+');
    const base = spec.replace(/^\*|\+$/g, '');
    add(base, base, 'base', noun);
    add(thirdPerson(base), base, 's', noun);
    const past = regularPast(base, double);
    add(past, base, 'past', noun);
    add(past, base, 'participle', noun);
    // British "travelled" and American "traveled" are both right.
    if (double && /l$/.test(base)) {
      add(regularPast(base, false), base, 'past', noun);
      add(regularPast(base, false), base, 'participle', noun);
    }
    add(presentParticiple(base, double), base, 'ing', noun);
    if (double && /l$/.test(base)) add(presentParticiple(base, false), base, 'ing', noun);
  }
  return map;
}

/** Verb forms by lower-case word ("talked" → talk, past and participle). */
export const verbForms: Map<string, VerbForm> = buildVerbForms();

type FormName = 'base' | 's' | 'past' | 'participle' | 'ing';
const formsByBase = new Map<string, Partial<Record<FormName, string>>>();
for (const [word, entry] of verbForms) {
  const forms = formsByBase.get(entry.base) ?? {};
  // The first form listed wins: "travelled" before "traveled", the British form the proofreader also uses.
  for (const form of entry.forms) forms[form] ??= word;
  formsByBase.set(entry.base, forms);
}

/**
 * One form of a verb, for suggestions: the -s form ("try" → "tries"), the past participle ("speak" → "spoken").
 *
 * @example
 * verbFormOf('take', 'participle'); // 'taken'
 */
export function verbFormOf(base: string, form: FormName): string | null {
  return formsByBase.get(base)?.[form] ?? null;
}

/** Plural nouns for people, which may follow "you're" and "they're" ("you're experts", "they're friends"). */
export const personPlural =
  /(?:ers|ors|ists|ians|ees|ants|ents|friends|colleagues|partners|peers|allies|people|pioneers|leaders|experts|twins|neighbours|neighbors|fans|mates|rivals|equals|adults|kids|humans|volunteers|professionals|specialists|members|champions|heroes|parents|siblings|alumni|nerds|geeks|pros|naturals|veterans|newbies|guests|hosts|stars)$/;

/** Verbs and adjectives that take a clause without "that": in "I know these decisions take time" a new subject follows. */
export const clauseTakers = new Set(
  `think thought know knew hope hoped believe believed feel felt guess guessed say said mean meant realise realised
  realize realized understand understood trust suppose hear heard notice noticed see saw assume assumed expect expected
  wish sure glad hoping thinking appreciate appreciated`.split(/\s+/),
);
