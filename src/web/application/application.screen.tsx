import { ScreenTitle } from '../common/common.ui';

export default function ApplicationScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Application</ScreenTitle>
    </section>
  );
}
