/** A name's capitalised words, stops and possessives dropped: "Dr. Jane Smith's" → Dr, Jane, Smith. */
export function nameWords(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s?$/u, ''));
}

/** The surname a person goes by: the last capitalised word of the name ("Smith" of "Dr. Jane Smith's"). */
export function surnameOf(name: string): string | undefined {
  return nameWords(name).at(-1);
}

/** The head of a description, in lower case: "senator" of "the former senator", "company" of "the company". */
export function headWord(description: string): string {
  return description.toLowerCase().split(/\s+/u).pop() ?? '';
}
