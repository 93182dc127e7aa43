// The village column holds names as clerks write them: 东山村, 东山, 东山村委会, or the 12-digit code. A name is
// matched to one of the township's villages only when exactly one fits; anything else is an unknown village that
// the clerk maps (name → code) or the row is refused.
import { normaliseText, removeBlanks } from '@shared/domain/text-normalise';

export type VillageMatch = { code: string } | { unknown: string };

const SUFFIX = /(村民委员会|居民委员会|村委会|居委会|村委|居委|村|社区|居)$/;

const keyOf = (text: string): string => removeBlanks(normaliseText(text)).replace(/[（(][^）)]*[）)]$/, '');

export type VillageResolver = (text: string) => VillageMatch | null;

export function villageResolver(
  villages: readonly { code: string; name: string }[],
  villageMap: Readonly<Record<string, string>> = {},
): VillageResolver {
  const exact = new Map<string, string>();
  const stems = new Map<string, string | null>();
  for (const village of villages) {
    exact.set(keyOf(village.name), village.code);
    const stem = keyOf(village.name).replace(SUFFIX, '');
    if (stem === '') continue;
    stems.set(stem, stems.has(stem) && stems.get(stem) !== village.code ? null : village.code);
  }
  const mapped = new Map(Object.entries(villageMap).map(([name, code]) => [keyOf(name), code]));
  return (text) => {
    const key = keyOf(text);
    if (key === '') return null;
    if (/^\d{12}$/.test(key)) return { code: key };
    const found = exact.get(key) ?? mapped.get(key) ?? stems.get(key.replace(SUFFIX, '') || key);
    return found ? { code: found } : { unknown: normaliseText(text) };
  };
}
