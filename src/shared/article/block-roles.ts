// Recognises what a paragraph is in newsroom copy, whatever format it came in.

/** Credit lines that precede a photo caption in wire copy: `Linkedin …`, `Фото: …`, `Reuters …`. */
const CAPTION_CREDIT =
  /^(?:фото|photo|скриншот|кадр|иллюстрация|linkedin|reuters|getty images|getty|afp|epa|ap|тасс|риа новости|shutterstock|unsplash|wikimedia commons|twitter|facebook|instagram|telegram|youtube)(?::|\s)/iu;

const CAPTION_MAX_LENGTH = 200;

export function isCaptionLine(paragraph: string): boolean {
  return CAPTION_CREDIT.test(paragraph) && !paragraph.includes('\n') && paragraph.length <= CAPTION_MAX_LENGTH;
}
