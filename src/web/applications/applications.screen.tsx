import { ScreenTitle } from '../common/common.ui';

export default function ApplicationsScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Applications</ScreenTitle>
    </section>
  );
}
