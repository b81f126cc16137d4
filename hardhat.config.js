import { fileURLToPath } from "node:url";
import hardhatEthers from "@nomicfoundation/hardhat-ethers";
import hardhatIgnitionEthers from "@nomicfoundation/hardhat-ignition-ethers";
import hardhatKeystore from "@nomicfoundation/hardhat-keystore";
import { configVariable } from "hardhat/config";

const chainPort = process.env.CITYTOKEN_CHAIN_PORT ?? "8545";

/** @type {import("hardhat/config").HardhatUserConfig} */
export default {
  plugins: [hardhatEthers, hardhatIgnitionEthers, hardhatKeystore],
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
    // The local chain start.sh runs (or any node on 127.0.0.1:CITYTOKEN_CHAIN_PORT), with its unlocked dev accounts.
    localhost: {
      type: "http",
      chainType: "l1",
      url: `http://127.0.0.1:${chainPort}`,
    },
    // A public or consortium chain (README, "Deploying to a public or consortium chain"): the node's URL and the
    // deployer's private key are configuration variables, read from Hardhat's encrypted keystore
    // (`npx hardhat keystore set CITYTOKEN_DEPLOYER_KEY`); the node's accounts are never used.
    citytoken: {
      type: "http",
      chainType: "l1",
      url: configVariable("CITYTOKEN_RPC_URL"),
      ...(process.env.CITYTOKEN_CHAIN_ID ? { chainId: Number(process.env.CITYTOKEN_CHAIN_ID) } : {}),
      accounts: [configVariable("CITYTOKEN_DEPLOYER_KEY")],
    },
  },
};
