// Rules of the county format for an assistance action (section 3, assistance.csv), shared so the form marks the
// required fields as the server checks them.

/** 职业介绍 and 公益性岗位安置 name the employer. */
export const NEEDS_EMPLOYER: ReadonlySet<string> = new Set(['02', '06']);
/** Where money moves: 创业担保贷款, 社会保险补贴, 岗位补贴, 交通补贴. */
export const NEEDS_AMOUNT: ReadonlySet<string> = new Set(['05', '07', '08', '10']);
