// The township's villages: one hook for every area (renderer/components/useVillages.ts).
export { useVillages, villageOptionLabel, type Village } from '@renderer/components/useVillages';
