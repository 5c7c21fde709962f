import { ScreenTitle } from '../common/common.ui';

export default function DebriefScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Debrief</ScreenTitle>
    </section>
  );
}
