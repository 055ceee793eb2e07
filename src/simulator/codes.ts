/** Model codec → proto codec enum. */
import { Codec as PbCodec } from '../generated/callvault/capture/v1/capture.js';
import type { Codec } from '../model/index.js';

export function pbCodecOf(codec: Codec): PbCodec {
  return codec === 'pcmu' ? PbCodec.CODEC_PCMU : codec === 'pcma' ? PbCodec.CODEC_PCMA : PbCodec.CODEC_L16;
}
