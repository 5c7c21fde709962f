import { ScreenTitle } from '../common/common.ui';

export default function PrepareScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Prepare</ScreenTitle>
    </section>
  );
}
