import { fileURLToPath } from "node:url";
import hardhatEthers from "@nomicfoundation/hardhat-ethers";
import hardhatIgnitionEthers from "@nomicfoundation/hardhat-ignition-ethers";

const chainPort = process.env.CITYTOKEN_CHAIN_PORT ?? "8545";

/** @type {import("hardhat/config").HardhatUserConfig} */
export default {
  plugins: [hardhatEthers, hardhatIgnitionEthers],
  solidity: {
    // Compilers cannot be downloaded here: use the solc-js build pinned in package.json.
    version: "0.8.28",
    path: fileURLToPath(import.meta.resolve("solc/soljson.js")),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
    },
  },
  paths: {
    // Solidity tests mirror the contracts tree under tests/contracts; NUnit tests live beside them.
    tests: { solidity: "tests/contracts" },
    // Test fixtures point this at a throwaway folder so their journals never mix with start.sh's.
    ignition: process.env.CITYTOKEN_IGNITION_DIR ?? "ignition",
  },
  networks: {
    localhost: {
      type: "http",
      chainType: "l1",
      url: process.env.CITYTOKEN_RPC_URL ?? `http://127.0.0.1:${chainPort}`,
    },
  },
};
