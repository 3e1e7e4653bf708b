import { formatCredit, type CreditParts } from '../../model/credit-line.ts';
import { plain, type CreateClass, type H, type Immutable } from './decap-types.ts';
import { creditFields, creditValue, lineProblem, shownCredit, withField, type CreditValue } from './credit-value.ts';
import { creditInPhoto } from './photo-credit.ts';

interface Props {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  field: Immutable;
  entry: Immutable;
  getAsset(path: string, field?: unknown): unknown;
}
interface Widget {
  props: Props;
  state: { offer?: Record<string, string> | undefined; offerFor?: string | undefined };
  setState(state: Widget['state']): void;
}
interface Subfield {
  name: string;
  label: string;
  hint?: string;
}

/** Decap's own inputs' look, so the credit's fields sit among the others unnoticed. */
const INPUT_STYLE = { width: '100%', padding: '8px 12px', border: '2px solid #dfdfe3', borderRadius: '5px', font: 'inherit' };

const EXAMPLE = 'DepositPhotos – HALLAM, WESTMARCH – Nov 20, 2026: caption — Photo by r_kestrel';
const heroSrc = (props: Props) => props.entry.getIn(['data', 'hero', 'src']);
const text = (event: unknown) => (event as { target: { value: string } }).target.value;

/**
 * The photo credit, one widget for the whole field: the photo desk pastes the wire line as the
 * agency wrote it (saved as that line, read by the same parser as the checker) or fills the fields
 * (agency, photographer, place, date, …, the schema's own list); when the field is empty and the
 * photo carries a credit in its IPTC or XMP, that credit is offered.
 */
export function creditControl(h: H, createClass: CreateClass): unknown {
  return createClass({
    getInitialState: () => ({}),
    // Decap re-renders a widget only when its own value changes; this one also follows the photo beside it.
    shouldComponentUpdate: () => true,
    componentDidMount(this: Widget) {
      void offerPhotoCredit(this);
    },
    componentDidUpdate(this: Widget) {
      void offerPhotoCredit(this);
    },
    isValid(this: Widget) {
      const message = lineProblem(creditValue(this.props.value));
      return message ? { error: { message } } : true;
    },
    render(this: Widget) {
      const { onChange, forID, classNameWrapper, field } = this.props;
      const credit = creditValue(this.props.value);
      const fields = creditFields(credit);
      const subfields = (plain(field.get('fields')) ?? []) as Subfield[];
      const offer = credit === undefined ? this.state.offer : undefined;
      const problem = lineProblem(credit);
      const shown = shownCredit(credit);
      const input = (id: string, value: string, change: (v: string) => void, extra: Record<string, unknown> = {}) =>
        h('input', { id, type: 'text', value, onChange: (e: unknown) => change(text(e)), style: INPUT_STYLE, ...extra });
      return h(
        'div',
        { className: classNameWrapper, 'data-credit-widget': '' },
        h('label', { htmlFor: forID }, 'Wire credit line, pasted as the agency wrote it'),
        input(forID, typeof credit === 'string' ? credit : '', (v) => onChange(v.trim() ? v : undefined), {
          placeholder: EXAMPLE,
        }),
        problem && h('p', { role: 'alert' }, problem),
        shown && h('p', { 'data-credit-shown': '' }, `Readers will see: Credit: ${shown}`),
        offer &&
          h(
            'p',
            { 'data-credit-offer': '' },
            `The photo's own credit: ${formatCredit(offer as CreditParts)} `,
            h('button', { type: 'button', onClick: () => onChange(offer) }, 'Use it'),
          ),
        h(
          'fieldset',
          null,
          h('legend', null, 'Or the credit field by field'),
          ...subfields.map((f) =>
            h(
              'p',
              { key: f.name },
              h('label', { htmlFor: `${forID}-${f.name}` }, f.label),
              input(`${forID}-${f.name}`, fields[f.name] ?? '', (v) => onChange(withField(credit, f.name, v)), {
                title: f.hint ?? '',
              }),
            ),
          ),
        ),
      );
    },
  });
}

/** Looks once per photo for the credit inside it, while the credit field is empty. */
async function offerPhotoCredit(widget: Widget): Promise<void> {
  const src = heroSrc(widget.props);
  if (typeof src !== 'string' || !src || widget.state.offerFor === src) return;
  widget.setState({ offerFor: src, offer: undefined });
  const offer = await creditInPhoto(src, widget.props.getAsset, widget.props.field);
  if (heroSrc(widget.props) === src) widget.setState({ offerFor: src, offer });
}

/** The credit in Decap's own field preview: the line readers will see. */
export const creditPreview = (h: H) => (props: { value: unknown }) =>
  h('span', null, shownCredit(creditValue(props.value as CreditValue)) ?? '');
