// A QR code drawn as SVG elements by Preact: no inline style, no script, no data: URL, so it
// renders under the strict Content-Security-Policy. qrcode-generator only computes the modules.
import qrcode from 'qrcode-generator';

/** Quiet zone the QR standard asks for around the code, in modules. */
const MARGIN = 4;

export function QrCode(props: { value: string; label: string; class?: string; testId?: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(props.value);
  qr.make();
  const count = qr.getModuleCount();
  const size = count + MARGIN * 2;
  // One path for all dark modules: a small DOM and crisp edges at any scale.
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) d += `M${col + MARGIN} ${row + MARGIN}h1v1h-1z`;
    }
  }
  return (
    <svg class={props.class} data-testid={props.testId} role="img" aria-label={props.label} viewBox={`0 0 ${size} ${size}`} width="232" height="232" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
