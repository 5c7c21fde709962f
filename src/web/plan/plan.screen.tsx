import { ScreenTitle } from '../common/common.ui';

export default function PlanScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Plan</ScreenTitle>
    </section>
  );
}
