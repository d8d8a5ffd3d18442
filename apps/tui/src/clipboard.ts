/**
 * The OSC 52 sequence that asks the terminal to put `text` on the system clipboard. It works over
 * SSH and in tmux (with set-clipboard on), where no local clipboard tool can; terminals that do
 * not support it ignore it, hence the copy printed when parley ends (interactive.tsx).
 */
export const osc52 = (text: string) => `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;
