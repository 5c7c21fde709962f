import { ScreenTitle } from '../common/common.ui';

export default function InsightsScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Insights</ScreenTitle>
    </section>
  );
}
