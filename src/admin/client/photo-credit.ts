import { firstCredit, readIptc, readXmp } from '../../photos/file-credit.ts';
import { jpegMetadata } from '../../photos/jpeg-segments.ts';
import { creditFromFile } from './credit-value.ts';
import { assetUrl } from './decap-types.ts';

/** Decap's `getAsset`, as a widget is handed it. */
type AssetLookup = (path: string, field?: unknown) => unknown;

/**
 * The credit the photo at `src` carries in its own IPTC or XMP, as credit fields, offered to the
 * photo desk when the credit field is empty. Nothing when the photo has none or cannot be read.
 */
export async function creditInPhoto(
  src: string,
  getAsset: AssetLookup,
  field?: unknown,
): Promise<Record<string, string> | undefined> {
  try {
    const response = await fetch(assetUrl(await getAsset(src, field), src));
    if (!response.ok) return undefined;
    const meta = jpegMetadata(new Uint8Array(await response.arrayBuffer()));
    return creditFromFile(firstCredit([readIptc(meta.iptc), readXmp(meta.xmp)]));
  } catch {
    // A photo not yet readable (still uploading, or not a JPEG): no offer, the field stays as it is.
    return undefined;
  }
}
