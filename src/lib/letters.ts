// Letters as news written without diacritics spells them: one reading for names compared, looked up and made into ids.

/** Letters that do not decompose into a base letter and a mark ("ł", "ø", "đ"), as news written without them spells them. */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ð: 'd', þ: 'th', Þ: 'Th' };

/** A name as written without diacritics ("Kraków" → "Krakow", "Çanakkale" → "Canakkale", "Løgting" → "Logting"). */
export const withoutDiacritics = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐıßæÆœŒðþÞ]/g, (ch) => PLAIN_LETTERS[ch]!);
