import { specificKind } from './feedback.lexicon';
import type { FeedbackCategory, SuggestedAction } from './feedback.schema';
import { isCredential } from './feedback.specifics';

/** What the analysis found, as the input to next steps and the follow-up question. */
export interface Findings {
  categories: FeedbackCategory[];
  /** Specifics per category, in the order they were found. */
  specificsBy: Partial<Record<FeedbackCategory, string[]>>;
  /** Finer reasons as `category.reason` ("conduct.lateness", "answers.results", "skills.test"). */
  reasons: Set<string>;
}

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function skillStep(name: string): string {
  const kind = specificKind(name);
  if (kind === 'tool')
    return `Get hands-on with ${name}: build and deploy one small project that uses it, and write up what you learned`;
  if (kind === 'language')
    return `Book a level test for ${name} and set a weekly practice slot; note your level on your CV honestly`;
  return `Study ${name} with one structured course or book chapter, then practise explaining it out loud in five minutes as you would in an interview`;
}

function skillsActions(findings: Findings): SuggestedAction[] {
  const specifics = (findings.specificsBy.skills ?? []).slice(0, 3);
  const actions: SuggestedAction[] = specifics.map((name) => ({
    category: 'skills',
    text: skillStep(name),
    specifics: [name],
  }));
  if (findings.reasons.has('skills.test')) {
    actions.push({
      category: 'skills',
      text: 'Redo a similar exercise under the same time limit: cover the edge cases, add tests and a short README, then ask someone to review it',
      specifics: [],
    });
  }
  if (actions.length === 0) {
    actions.push({
      category: 'skills',
      text: 'Name the one skill the role tested that you were least sure of, and spend the next two weeks on a small project that uses it',
      specifics: [],
    });
  }
  return actions;
}

type Steps = Array<[reason: string, text: string]>;

const answerSteps: Steps = [
  [
    'ownership',
    'Rewrite your main stories so each says what you did yourself ("I decided", "I built"), with the team as the setting, not the subject',
  ],
  [
    'results',
    'End every story with a measurable result (time saved, revenue, users, errors) and say the number out loud',
  ],
  [
    'structure',
    'Practise answering in STAR order (situation, task, action, result) and keep the situation to two sentences',
  ],
  [
    'relevance',
    'Repeat the key words of the question in your first sentence, and check at the end that you answered it',
  ],
  [
    'depth',
    'Prepare two real, detailed examples for each skill the job advert lists, so you never fall back on generic answers',
  ],
  ['length', 'Time your answers: about two minutes each, then offer to go into more detail'],
];
const deliverySteps: Steps = [
  [
    'presenting',
    'Rehearse the presentation out loud against a timer until it fits in 80% of the slot, with one idea and a few words per slide, and talk to the room rather than read',
  ],
  [
    'nerves',
    'Do two or three mock interviews out loud this week (a friend, a mentor or a recording) so the real one feels familiar',
  ],
  [
    'pace',
    'Record yourself answering three questions, then slow down: pause after each point and let the silences happen',
  ],
  [
    'listening',
    'Let each interviewer finish, pause for a second, then answer; jot down the key words of the question first',
  ],
  [
    'rehearsed',
    'Keep keywords, not scripts: practise each story from three prompts so it sounds natural and bends to follow-ups',
  ],
  [
    'rambling',
    'Lead with the answer in one sentence, give one example, then stop and ask whether they would like more',
  ],
  [
    'presence',
    'Practise a confident opening and close on video: sit up, keep eye contact, and state your achievements plainly',
  ],
];
const preparationSteps: Steps = [
  [
    'research',
    'Before each interview: use their product, read their latest news, and know their customers and competitors',
  ],
  ['questions', 'Prepare three specific questions for them about the team, the work and how success is measured'],
  [
    'motivation',
    'Write two sentences on why this role at this company, tied to something specific they do, and rehearse them',
  ],
];
const conductSteps: Steps = [
  [
    'lateness',
    'Plan to arrive (or log on) 10 minutes early, test the link and route the day before, and warn them at once if you are delayed',
  ],
  ['phone', 'Put your phone away and silence notifications before every interview, including video calls'],
  [
    'negativity',
    'Prepare a neutral, forward-looking sentence about each past employer and why you left, and rehearse it',
  ],
  [
    'consistency',
    'Check your CV, LinkedIn and what you say line up (titles, dates, your role on projects) before each interview',
  ],
  [
    'manner',
    'Treat everyone you meet in the process with the same courtesy; ask a friend for honest feedback in a mock interview',
  ],
];

/** The steps for the reasons found in one category, at most two, or the fallback when none was recognised. */
function reasonedActions(
  category: FeedbackCategory,
  steps: Steps,
  findings: Findings,
  fallback: string[],
): SuggestedAction[] {
  const chosen = steps.filter(([reason]) => findings.reasons.has(`${category}.${reason}`)).slice(0, 2);
  const texts = chosen.length > 0 ? chosen.map(([, text]) => text) : fallback;
  return texts.map((text) => ({ category, text, specifics: [] }));
}

/**
 * Concrete next steps for what the feedback found: one per specific for skills, one per category otherwise.
 *
 * @example
 * suggestActions({ categories: ['skills'], specificsBy: { skills: ['Kubernetes'] }, reasons: new Set() })[0].text
 * // 'Get hands-on with Kubernetes: build and deploy one small project that uses it, and write up what you learned'
 */
export function suggestActions(findings: Findings): SuggestedAction[] {
  const actions: SuggestedAction[] = [];
  const experience = findings.specificsBy.experience ?? [];
  const logistics = findings.specificsBy.logistics ?? [];
  for (const category of findings.categories) {
    switch (category) {
      case 'skills':
        actions.push(...skillsActions(findings));
        break;
      case 'experience': {
        // A qualification is worked towards (enrol, plan the exams), not shown by a side project.
        const credentials = experience.filter(isCredential);
        const areas = experience.filter((name) => !isCredential(name));
        if (credentials.length > 0)
          actions.push({
            category,
            text: `Plan the route to ${list(credentials.slice(0, 2))}: the provider, the cost and the exam dates; until then, target roles that ask for the qualifications you hold`,
            specifics: credentials.slice(0, 2),
          });
        if (areas.length > 0 || credentials.length === 0)
          actions.push({
            category,
            text:
              areas.length > 0
                ? `Build visible evidence of ${list(areas.slice(0, 2))} (a stretch project at work, volunteering or a side project), and target roles where your current level is the match`
                : 'Check the level and background each role asks for before applying, and build one piece of evidence for the gap they named',
            specifics: areas.slice(0, 2),
          });
        break;
      }
      case 'answers':
        actions.push(
          ...reasonedActions(category, answerSteps, findings, [
            'Rewrite your three most-used stories in STAR form, each with what you personally did ("I", not "we") and a measurable result, and rehearse them out loud',
          ]),
        );
        break;
      case 'communication':
        actions.push(
          ...reasonedActions(category, deliverySteps, findings, [
            'Record a mock interview and watch it back for pace, interruptions and nerves; aim for two-minute answers and pause before you reply',
          ]),
        );
        break;
      case 'preparation':
        actions.push(
          ...reasonedActions(category, preparationSteps, findings, [
            'Before each interview: use their product, read their latest news, write one sentence on why this role, and prepare three specific questions for them',
          ]),
        );
        break;
      case 'conduct':
        actions.push(
          ...reasonedActions(
            category,
            conductSteps,
            findings,
            conductSteps.slice(3, 5).map(([, text]) => text),
          ),
        );
        break;
      case 'fit':
        actions.push({
          category,
          text: 'Ask for one example of what "fit" meant here, and write down the team and work style you do best in to screen future roles',
          specifics: [],
        });
        break;
      case 'logistics':
        actions.push({
          category,
          text:
            logistics.length > 0
              ? // "Raise the German requirement", not "Raise German": a language asked for is a requirement to check.
                `Raise ${list(logistics.slice(0, 3).map((name) => (specificKind(name) === 'language' ? `the ${name} requirement` : name)))} at the first screening call next time, so a mismatch shows up before the interviews`
              : 'Confirm pay, location, hours and start date at the first screening call next time',
          specifics: logistics.slice(0, 3),
        });
        break;
      case 'competition':
        actions.push({
          category,
          text: 'Keep in touch with the hiring manager and ask to be considered for the next opening; a close runner-up is often the first call',
          specifics: [],
        });
        break;
      case 'role_change':
        actions.push({
          category,
          text: 'This was about the role, not you: ask to hear if it reopens and set a reminder to check in in three months',
          specifics: [],
        });
        break;
      case 'no_feedback':
        actions.push({
          category,
          text: 'Ask once for one specific point; if nothing comes back within a week, close it and keep the contact warm',
          specifics: [],
        });
        break;
      case 'strength':
        actions.push({
          category,
          text: 'Keep doing what they praised: note it in your story bank and lead with it next time',
          specifics: [],
        });
        break;
    }
  }
  return actions;
}

/**
 * One polite, specific, open question to send back when feedback is vague, shaped by what it did say and by
 * whether an interview took place at all (`stage`: a rejection on paper asks about the application instead).
 *
 * @example
 * followUpQuestionFor(['fit'])
 * // 'Thank you for letting me know. Could you share one example of what made …'
 */
export function followUpQuestionFor(
  categories: FeedbackCategory[],
  stage: 'interview' | 'application' = 'interview',
): string {
  // Turned down on paper ("you have not been shortlisted"): there was no interview to ask about.
  if (stage === 'application') {
    if (categories.includes('competition'))
      return 'Thank you for letting me know. Was there one requirement where the shortlisted candidates were a closer match than my application, so I can strengthen it before I apply for similar roles?';
    return 'Thank you for letting me know. If you are able to share it, what is one thing in my application or CV that I could most usefully strengthen for similar roles?';
  }
  if (categories.includes('fit'))
    return 'Thank you for letting me know. Could you share one example of what made you feel the fit was not quite right, whether it was my experience, my working style or something I said, so I can look for roles that suit me better?';
  // The role changed rather than the user falling short: keep the door open, and ask once for anything to work on.
  if (categories.includes('role_change'))
    return 'Thank you for letting me know. Please keep me in mind for future openings. Was there anything in my interview you would suggest I strengthen in the meantime?';
  if (categories.includes('competition'))
    return 'Thank you for letting me know. Was there one area where the successful candidate was stronger, such as experience, technical depth or the examples they gave, that I could work on before my next interview?';
  if (categories.includes('strength'))
    return 'Thank you, that is kind to hear. Looking back at the interview, what is one thing I could have done differently that would have made the strongest difference to your decision?';
  return 'Thank you for letting me know. If you are able to share it, what is one area of my interview, for example my technical answers, my examples or my questions for you, that I could most usefully strengthen?';
}
