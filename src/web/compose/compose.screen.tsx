import { ScreenTitle } from '../common/common.ui';

export default function ComposeScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Compose</ScreenTitle>
    </section>
  );
}
