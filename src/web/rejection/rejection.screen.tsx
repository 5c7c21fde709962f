import { ScreenTitle } from '../common/common.ui';

export default function RejectionScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>I got a rejection</ScreenTitle>
    </section>
  );
}
