import { describe, expect, it } from 'vitest';
import { htmlToText } from './mail.html';

describe('htmlToText', () => {
  it('keeps paragraphs, drops styles and scripts, decodes entities', () => {
    const html =
      '<html><head><style>p{color:red}</style><title>x</title></head><body><!-- hidden --><p>Hi&nbsp;Jamie,</p><div>We&rsquo;re <b>pleased</b> &amp; ready &#8212; caf&eacute; &#x1F389;</div><script>alert(1)</script><table><tr><td>A</td><td>B</td></tr></table></body></html>';
    expect(htmlToText(html)).toBe('Hi Jamie,\n\nWe’re pleased & ready — café 🎉\n\nA B');
  });

  it('keeps a link target that the text does not show, such as a scheduling link', () => {
    expect(htmlToText('<p><a href="https://calendly.com/rk/30min">Book a time</a></p>')).toBe(
      'Book a time [https://calendly.com/rk/30min]',
    );
    expect(htmlToText('<a href="https://x.example">https://x.example</a>')).toBe('https://x.example');
  });

  it('turns line breaks and list items into lines', () => {
    expect(htmlToText('Line one<br>Line two<ul><li>first</li><li>second</li></ul>')).toBe(
      'Line one\nLine two\n\n• first\n\n• second',
    );
  });
});
