import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import type { Me } from '../../services/me/me.service';
import { cliAction } from '../cli.action';
import { cliActor, withServices } from '../cli.context';

interface MeOptions {
  name?: string;
  timeZone?: string;
  addWord?: string[];
  removeWord?: string[];
  ghostedAfterDays?: string;
  data?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `nextround me`: shows the profile, or changes it. The name signs every draft and the time zone sets every due
 * date, so a user of the command line alone must be able to set them, as the web app's profile screen does.
 */
export function registerMe(program: Command): void {
  program
    .command('me')
    .description('Show or change your profile: the name that signs drafts, your time zone, your dictionary')
    .option('--name <name>', 'your name, as drafts are signed')
    .option('--time-zone <zone>', 'an IANA time zone such as Europe/London: due dates follow your clock')
    .option(
      '--add-word <word>',
      'a name or technical word the proofreader accepts, in the web app and nextround lint (repeatable)',
      collect,
    )
    .option('--remove-word <word>', 'take a word out of your dictionary (repeatable)', collect)
    .option('--ghosted-after-days <n>', 'days of silence after which an open application counts as ghosted')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(
      cliAction(async (options: MeOptions) => {
        const me = await withServices(options, async (services) => {
          const patch: Record<string, unknown> = {};
          if (options.name !== undefined) patch.name = options.name;
          if (options.timeZone !== undefined) patch.timeZone = options.timeZone;
          if (options.ghostedAfterDays !== undefined) {
            if (!/^\d+$/.test(options.ghostedAfterDays.trim()))
              throw new ValidationError('--ghosted-after-days takes a whole number of days (7 to 180).');
            patch.ghostedAfterDays = Number(options.ghostedAfterDays);
          }
          // Checked before anything is written, so a bad word does not leave the name changed and the words not.
          const [{ dictionaryEdit }, { parseInput }] = await Promise.all([
            import('../../services/me/me.service'),
            import('../../services/services.context'),
          ]);
          const edit =
            options.addWord || options.removeWord
              ? parseInput(dictionaryEdit, { add: options.addWord ?? [], remove: options.removeWord ?? [] })
              : null;
          const updated = Object.keys(patch).length > 0 ? await services.me.update(cliActor, patch) : null;
          if (edit) return services.me.editDictionary(cliActor, edit);
          return updated ?? services.me.get(cliActor);
        });
        process.stdout.write(options.json ? `${JSON.stringify(me, null, 2)}\n` : profileText(me));
      }),
    );
}

function profileText(me: Me): string {
  return [
    `Name: ${me.name || '(not set: drafts are signed without a name; set it with --name)'}`,
    `Time zone: ${me.timeZone}`,
    `Ghosted after: ${me.ghostedAfterDays} days of silence`,
    `Dictionary: ${me.dictionary.length > 0 ? me.dictionary.join(', ') : '(empty)'}`,
    '',
  ].join('\n');
}
