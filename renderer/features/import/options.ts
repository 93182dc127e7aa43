// The clerk's corrections of a dry run. Core keeps nothing between calls, so every analyse and the commit send the
// file again with all of them; the wizard holds them next to the analysis they produced.
import type { ChannelInput, ImportField } from '@shared/contract';
import type { ImportFile } from './fileData';

export type ImportOptions = {
  sheet?: string;
  headerRow?: number;
  /** Excel column number → field or 'ignore' */
  mapping: Record<string, ImportField | 'ignore'>;
  /** village name in the file → village code */
  villageMap: Record<string, string>;
  overwriteFields: ImportField[];
};

export const NO_OPTIONS: ImportOptions = { mapping: {}, villageMap: {}, overwriteFields: [] };

export function sourceInput(file: ImportFile, options: ImportOptions): ChannelInput<'imports:analyse'> {
  return {
    fileName: file.fileName,
    base64: file.base64,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    ...(Object.keys(options.mapping).length > 0 ? { mapping: options.mapping } : {}),
    ...(Object.keys(options.villageMap).length > 0 ? { villageMap: options.villageMap } : {}),
    ...(options.overwriteFields.length > 0 ? { overwriteFields: options.overwriteFields } : {}),
  };
}
