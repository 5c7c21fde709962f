import { ScreenTitle } from '../common/common.ui';

export default function FeedbackScreen(_props: Record<string, string | undefined>) {
  return (
    <section>
      <ScreenTitle>Feedback</ScreenTitle>
    </section>
  );
}
