// Administrative division codes (统计用区划代码): county 6 digits (GB/T 2260), township 9, village 12.
// Each level starts with the code of the level above; the county's importer relies on that.

export const COUNTY_CODE_PATTERN = /^\d{6}$/;
export const TOWNSHIP_CODE_PATTERN = /^\d{9}$/;
export const VILLAGE_CODE_PATTERN = /^\d{12}$/;

export function countyCodeProblem(code: string): string | null {
  return COUNTY_CODE_PATTERN.test(code) ? null : '县（市、区）代码应为 6 位数字';
}

export function townshipCodeProblem(code: string, countyCode: string): string | null {
  if (!TOWNSHIP_CODE_PATTERN.test(code)) return '乡镇（街道）代码应为 9 位数字';
  if (!code.startsWith(countyCode)) return `乡镇（街道）代码应以县代码 ${countyCode} 开头`;
  return null;
}

export function villageCodeProblem(code: string, townshipCode: string): string | null {
  if (!VILLAGE_CODE_PATTERN.test(code)) return '村（社区）代码应为 12 位数字';
  if (!code.startsWith(townshipCode)) return `村（社区）代码应以乡镇代码 ${townshipCode} 开头，该村不属于本乡镇`;
  return null;
}

export type Village = { code: string; name: string };
export type VillageProblem = { index: number; field: 'code' | 'name'; message: string };

/** Every problem of a village list for one township: bad or foreign codes, duplicate codes, duplicate names. */
export function villageListProblems(villages: readonly Village[], townshipCode: string): VillageProblem[] {
  const problems: VillageProblem[] = [];
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  villages.forEach((village, index) => {
    const codeProblem = villageCodeProblem(village.code, townshipCode);
    if (codeProblem) problems.push({ index, field: 'code', message: codeProblem });
    const firstWithCode = seenCodes.get(village.code);
    if (firstWithCode !== undefined) {
      problems.push({
        index,
        field: 'code',
        message: `村（社区）代码 ${village.code} 与第 ${firstWithCode + 1} 行重复`,
      });
    } else {
      seenCodes.set(village.code, index);
    }
    const name = village.name.trim();
    if (name === '') {
      problems.push({ index, field: 'name', message: '请填写村（社区）名称' });
    } else {
      const firstWithName = seenNames.get(name);
      if (firstWithName !== undefined) {
        problems.push({ index, field: 'name', message: `村（社区）名称“${name}”与第 ${firstWithName + 1} 行重复` });
      } else {
        seenNames.set(name, index);
      }
    }
  });
  return problems;
}
