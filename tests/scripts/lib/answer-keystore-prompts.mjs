// Runs a Hardhat command and answers hardhat-keystore's prompts the way a person would type them, one at a time:
// the password (CITYTOKEN_TEST_KEYSTORE_PASSWORD) at "Enter the password" / "confirm your password", and the secret
// (CITYTOKEN_TEST_KEYSTORE_SECRET) at "Enter secret". Piping all the answers at once does not work: each prompt opens
// its own readline, and the first one swallows every line already in the pipe. For tests only; an operator types.
//
//   node tests/scripts/lib/answer-keystore-prompts.mjs hardhat keystore set CITYTOKEN_DEPLOYER_KEY
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const password = process.env.CITYTOKEN_TEST_KEYSTORE_PASSWORD;
if (!command || !password) {
  console.error("usage: CITYTOKEN_TEST_KEYSTORE_PASSWORD=... [CITYTOKEN_TEST_KEYSTORE_SECRET=...] answer-keystore-prompts.mjs <command> [args]");
  process.exit(2);
}
const { CITYTOKEN_TEST_KEYSTORE_PASSWORD: _p, CITYTOKEN_TEST_KEYSTORE_SECRET: secret, ...env } = process.env;
const child = spawn(command, args, { env, stdio: ["pipe", "pipe", "inherit"] });
let pending = "";
child.stdout.on("data", (chunk) => {
  // Echo everything but the secret, should the command print it back.
  const text = chunk.toString();
  process.stdout.write(secret ? text.replaceAll(secret, "<secret>") : text);
  pending += text;
  for (;;) {
    const prompt = /Enter the password|confirm your password|Enter secret/.exec(pending);
    if (!prompt) break;
    pending = pending.slice(prompt.index + prompt[0].length);
    const isSecret = prompt[0] === "Enter secret";
    child.stdin.write(`${isSecret ? secret ?? "" : password}\n`);
    // The last answer closes stdin, or the command waits on it: the secret, or the password when there is no secret.
    if (isSecret || secret === undefined) child.stdin.end();
  }
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
