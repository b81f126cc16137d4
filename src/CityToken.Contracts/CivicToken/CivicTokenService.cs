using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using CityToken.Contracts.CivicToken.ContractDefinition;

namespace CityToken.Contracts.CivicToken
{
    public partial class CivicTokenService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, CivicTokenDeployment civicTokenDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<CivicTokenDeployment>().SendRequestAndWaitForReceiptAsync(civicTokenDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, CivicTokenDeployment civicTokenDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<CivicTokenDeployment>().SendRequestAsync(civicTokenDeployment);
        }

        public static async Task<CivicTokenService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, CivicTokenDeployment civicTokenDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, civicTokenDeployment, cancellationTokenSource);
            return new CivicTokenService(web3, receipt.ContractAddress);
        }

        public CivicTokenService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<ulong> DefaultMintPeriodQueryAsync(DefaultMintPeriodFunction defaultMintPeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultMintPeriodFunction, ulong>(defaultMintPeriodFunction, blockParameter);
        }

        
        public Task<ulong> DefaultMintPeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultMintPeriodFunction, ulong>(null, blockParameter);
        }

        public Task<byte[]> DomainSeparatorQueryAsync(DomainSeparatorFunction domainSeparatorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DomainSeparatorFunction, byte[]>(domainSeparatorFunction, blockParameter);
        }

        
        public Task<byte[]> DomainSeparatorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DomainSeparatorFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> MinterRoleQueryAsync(MinterRoleFunction minterRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinterRoleFunction, byte[]>(minterRoleFunction, blockParameter);
        }

        
        public Task<byte[]> MinterRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinterRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> PauserRoleQueryAsync(PauserRoleFunction pauserRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PauserRoleFunction, byte[]>(pauserRoleFunction, blockParameter);
        }

        
        public Task<byte[]> PauserRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PauserRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> AllowanceQueryAsync(AllowanceFunction allowanceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        
        public Task<BigInteger> AllowanceQueryAsync(string owner, string spender, BlockParameter blockParameter = null)
        {
            var allowanceFunction = new AllowanceFunction();
                allowanceFunction.Owner = owner;
                allowanceFunction.Spender = spender;
            
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        public Task<string> ApproveRequestAsync(ApproveFunction approveFunction)
        {
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(ApproveFunction approveFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> ApproveRequestAsync(string spender, BigInteger value)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(string spender, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<BigInteger> BalanceOfQueryAsync(BalanceOfFunction balanceOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        
        public Task<BigInteger> BalanceOfQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var balanceOfFunction = new BalanceOfFunction();
                balanceOfFunction.Account = account;
            
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        public Task<string> BurnRequestAsync(BurnFunction burnFunction)
        {
             return ContractHandler.SendRequestAsync(burnFunction);
        }

        public Task<TransactionReceipt> BurnRequestAndWaitForReceiptAsync(BurnFunction burnFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(burnFunction, cancellationToken);
        }

        public Task<string> BurnRequestAsync(BigInteger value)
        {
            var burnFunction = new BurnFunction();
                burnFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(burnFunction);
        }

        public Task<TransactionReceipt> BurnRequestAndWaitForReceiptAsync(BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var burnFunction = new BurnFunction();
                burnFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(burnFunction, cancellationToken);
        }

        public Task<string> BurnFromRequestAsync(BurnFromFunction burnFromFunction)
        {
             return ContractHandler.SendRequestAsync(burnFromFunction);
        }

        public Task<TransactionReceipt> BurnFromRequestAndWaitForReceiptAsync(BurnFromFunction burnFromFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(burnFromFunction, cancellationToken);
        }

        public Task<string> BurnFromRequestAsync(string account, BigInteger value)
        {
            var burnFromFunction = new BurnFromFunction();
                burnFromFunction.Account = account;
                burnFromFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(burnFromFunction);
        }

        public Task<TransactionReceipt> BurnFromRequestAndWaitForReceiptAsync(string account, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var burnFromFunction = new BurnFromFunction();
                burnFromFunction.Account = account;
                burnFromFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(burnFromFunction, cancellationToken);
        }

        public Task<ulong> CurrentMintPeriodQueryAsync(CurrentMintPeriodFunction currentMintPeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentMintPeriodFunction, ulong>(currentMintPeriodFunction, blockParameter);
        }

        
        public Task<ulong> CurrentMintPeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentMintPeriodFunction, ulong>(null, blockParameter);
        }

        public Task<byte> DecimalsQueryAsync(DecimalsFunction decimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(decimalsFunction, blockParameter);
        }

        
        public Task<byte> DecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(null, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(Eip712DomainFunction eip712DomainFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(eip712DomainFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(null, blockParameter);
        }

        public Task<byte[]> GetRoleAdminQueryAsync(GetRoleAdminFunction getRoleAdminFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        
        public Task<byte[]> GetRoleAdminQueryAsync(byte[] role, BlockParameter blockParameter = null)
        {
            var getRoleAdminFunction = new GetRoleAdminFunction();
                getRoleAdminFunction.Role = role;
            
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        public Task<string> GrantRoleRequestAsync(GrantRoleFunction grantRoleFunction)
        {
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(GrantRoleFunction grantRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<string> GrantRoleRequestAsync(byte[] role, string account)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<bool> HasRoleQueryAsync(HasRoleFunction hasRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        
        public Task<bool> HasRoleQueryAsync(byte[] role, string account, BlockParameter blockParameter = null)
        {
            var hasRoleFunction = new HasRoleFunction();
                hasRoleFunction.Role = role;
                hasRoleFunction.Account = account;
            
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        public Task<bool> IsBatchMintedQueryAsync(IsBatchMintedFunction isBatchMintedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsBatchMintedFunction, bool>(isBatchMintedFunction, blockParameter);
        }

        
        public Task<bool> IsBatchMintedQueryAsync(byte[] batchId, BlockParameter blockParameter = null)
        {
            var isBatchMintedFunction = new IsBatchMintedFunction();
                isBatchMintedFunction.BatchId = batchId;
            
            return ContractHandler.QueryAsync<IsBatchMintedFunction, bool>(isBatchMintedFunction, blockParameter);
        }

        public Task<bool> IsMerchantQueryAsync(IsMerchantFunction isMerchantFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsMerchantFunction, bool>(isMerchantFunction, blockParameter);
        }

        
        public Task<bool> IsMerchantQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var isMerchantFunction = new IsMerchantFunction();
                isMerchantFunction.Account = account;
            
            return ContractHandler.QueryAsync<IsMerchantFunction, bool>(isMerchantFunction, blockParameter);
        }

        public Task<string> MintRequestAsync(MintFunction mintFunction)
        {
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(MintFunction mintFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> MintRequestAsync(string to, BigInteger amount)
        {
            var mintFunction = new MintFunction();
                mintFunction.To = to;
                mintFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(string to, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var mintFunction = new MintFunction();
                mintFunction.To = to;
                mintFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> MintBatchRequestAsync(MintBatchFunction mintBatchFunction)
        {
             return ContractHandler.SendRequestAsync(mintBatchFunction);
        }

        public Task<TransactionReceipt> MintBatchRequestAndWaitForReceiptAsync(MintBatchFunction mintBatchFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintBatchFunction, cancellationToken);
        }

        public Task<string> MintBatchRequestAsync(byte[] batchId, List<string> recipients, List<BigInteger> amounts)
        {
            var mintBatchFunction = new MintBatchFunction();
                mintBatchFunction.BatchId = batchId;
                mintBatchFunction.Recipients = recipients;
                mintBatchFunction.Amounts = amounts;
            
             return ContractHandler.SendRequestAsync(mintBatchFunction);
        }

        public Task<TransactionReceipt> MintBatchRequestAndWaitForReceiptAsync(byte[] batchId, List<string> recipients, List<BigInteger> amounts, CancellationTokenSource cancellationToken = null)
        {
            var mintBatchFunction = new MintBatchFunction();
                mintBatchFunction.BatchId = batchId;
                mintBatchFunction.Recipients = recipients;
                mintBatchFunction.Amounts = amounts;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintBatchFunction, cancellationToken);
        }

        public Task<BigInteger> MintCapQueryAsync(MintCapFunction mintCapFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MintCapFunction, BigInteger>(mintCapFunction, blockParameter);
        }

        
        public Task<BigInteger> MintCapQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MintCapFunction, BigInteger>(null, blockParameter);
        }

        public Task<ulong> MintPeriodQueryAsync(MintPeriodFunction mintPeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MintPeriodFunction, ulong>(mintPeriodFunction, blockParameter);
        }

        
        public Task<ulong> MintPeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MintPeriodFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> MintedInCurrentPeriodQueryAsync(MintedInCurrentPeriodFunction mintedInCurrentPeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MintedInCurrentPeriodFunction, BigInteger>(mintedInCurrentPeriodFunction, blockParameter);
        }

        
        public Task<BigInteger> MintedInCurrentPeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MintedInCurrentPeriodFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> NameQueryAsync(NameFunction nameFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(nameFunction, blockParameter);
        }

        
        public Task<string> NameQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> NoncesQueryAsync(NoncesFunction noncesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NoncesFunction, BigInteger>(noncesFunction, blockParameter);
        }

        
        public Task<BigInteger> NoncesQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var noncesFunction = new NoncesFunction();
                noncesFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<NoncesFunction, BigInteger>(noncesFunction, blockParameter);
        }

        public Task<string> PauseRequestAsync(PauseFunction pauseFunction)
        {
             return ContractHandler.SendRequestAsync(pauseFunction);
        }

        public Task<string> PauseRequestAsync()
        {
             return ContractHandler.SendRequestAsync<PauseFunction>();
        }

        public Task<TransactionReceipt> PauseRequestAndWaitForReceiptAsync(PauseFunction pauseFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(pauseFunction, cancellationToken);
        }

        public Task<TransactionReceipt> PauseRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<PauseFunction>(null, cancellationToken);
        }

        public Task<bool> PausedQueryAsync(PausedFunction pausedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PausedFunction, bool>(pausedFunction, blockParameter);
        }

        
        public Task<bool> PausedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PausedFunction, bool>(null, blockParameter);
        }

        public Task<string> PermitRequestAsync(PermitFunction permitFunction)
        {
             return ContractHandler.SendRequestAsync(permitFunction);
        }

        public Task<TransactionReceipt> PermitRequestAndWaitForReceiptAsync(PermitFunction permitFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(permitFunction, cancellationToken);
        }

        public Task<string> PermitRequestAsync(string owner, string spender, BigInteger value, BigInteger deadline, byte v, byte[] r, byte[] s)
        {
            var permitFunction = new PermitFunction();
                permitFunction.Owner = owner;
                permitFunction.Spender = spender;
                permitFunction.Value = value;
                permitFunction.Deadline = deadline;
                permitFunction.V = v;
                permitFunction.R = r;
                permitFunction.S = s;
            
             return ContractHandler.SendRequestAsync(permitFunction);
        }

        public Task<TransactionReceipt> PermitRequestAndWaitForReceiptAsync(string owner, string spender, BigInteger value, BigInteger deadline, byte v, byte[] r, byte[] s, CancellationTokenSource cancellationToken = null)
        {
            var permitFunction = new PermitFunction();
                permitFunction.Owner = owner;
                permitFunction.Spender = spender;
                permitFunction.Value = value;
                permitFunction.Deadline = deadline;
                permitFunction.V = v;
                permitFunction.R = r;
                permitFunction.S = s;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(permitFunction, cancellationToken);
        }

        public Task<BigInteger> RemainingMintAllowanceQueryAsync(RemainingMintAllowanceFunction remainingMintAllowanceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RemainingMintAllowanceFunction, BigInteger>(remainingMintAllowanceFunction, blockParameter);
        }

        
        public Task<BigInteger> RemainingMintAllowanceQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RemainingMintAllowanceFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> RenounceRoleRequestAsync(RenounceRoleFunction renounceRoleFunction)
        {
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(RenounceRoleFunction renounceRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(byte[] role, string callerConfirmation)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(byte[] role, string callerConfirmation, CancellationTokenSource cancellationToken = null)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(RevokeRoleFunction revokeRoleFunction)
        {
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(RevokeRoleFunction revokeRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(byte[] role, string account)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> SetMerchantRequestAsync(SetMerchantFunction setMerchantFunction)
        {
             return ContractHandler.SendRequestAsync(setMerchantFunction);
        }

        public Task<TransactionReceipt> SetMerchantRequestAndWaitForReceiptAsync(SetMerchantFunction setMerchantFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMerchantFunction, cancellationToken);
        }

        public Task<string> SetMerchantRequestAsync(string account, bool ismerchant)
        {
            var setMerchantFunction = new SetMerchantFunction();
                setMerchantFunction.Account = account;
                setMerchantFunction.Ismerchant = ismerchant;
            
             return ContractHandler.SendRequestAsync(setMerchantFunction);
        }

        public Task<TransactionReceipt> SetMerchantRequestAndWaitForReceiptAsync(string account, bool ismerchant, CancellationTokenSource cancellationToken = null)
        {
            var setMerchantFunction = new SetMerchantFunction();
                setMerchantFunction.Account = account;
                setMerchantFunction.Ismerchant = ismerchant;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMerchantFunction, cancellationToken);
        }

        public Task<string> SetMintCapRequestAsync(SetMintCapFunction setMintCapFunction)
        {
             return ContractHandler.SendRequestAsync(setMintCapFunction);
        }

        public Task<TransactionReceipt> SetMintCapRequestAndWaitForReceiptAsync(SetMintCapFunction setMintCapFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMintCapFunction, cancellationToken);
        }

        public Task<string> SetMintCapRequestAsync(BigInteger newCap)
        {
            var setMintCapFunction = new SetMintCapFunction();
                setMintCapFunction.NewCap = newCap;
            
             return ContractHandler.SendRequestAsync(setMintCapFunction);
        }

        public Task<TransactionReceipt> SetMintCapRequestAndWaitForReceiptAsync(BigInteger newCap, CancellationTokenSource cancellationToken = null)
        {
            var setMintCapFunction = new SetMintCapFunction();
                setMintCapFunction.NewCap = newCap;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMintCapFunction, cancellationToken);
        }

        public Task<string> SetMintPeriodRequestAsync(SetMintPeriodFunction setMintPeriodFunction)
        {
             return ContractHandler.SendRequestAsync(setMintPeriodFunction);
        }

        public Task<TransactionReceipt> SetMintPeriodRequestAndWaitForReceiptAsync(SetMintPeriodFunction setMintPeriodFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMintPeriodFunction, cancellationToken);
        }

        public Task<string> SetMintPeriodRequestAsync(ulong newPeriod)
        {
            var setMintPeriodFunction = new SetMintPeriodFunction();
                setMintPeriodFunction.NewPeriod = newPeriod;
            
             return ContractHandler.SendRequestAsync(setMintPeriodFunction);
        }

        public Task<TransactionReceipt> SetMintPeriodRequestAndWaitForReceiptAsync(ulong newPeriod, CancellationTokenSource cancellationToken = null)
        {
            var setMintPeriodFunction = new SetMintPeriodFunction();
                setMintPeriodFunction.NewPeriod = newPeriod;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMintPeriodFunction, cancellationToken);
        }

        public Task<string> SetTransferPolicyRequestAsync(SetTransferPolicyFunction setTransferPolicyFunction)
        {
             return ContractHandler.SendRequestAsync(setTransferPolicyFunction);
        }

        public Task<TransactionReceipt> SetTransferPolicyRequestAndWaitForReceiptAsync(SetTransferPolicyFunction setTransferPolicyFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setTransferPolicyFunction, cancellationToken);
        }

        public Task<string> SetTransferPolicyRequestAsync(byte newPolicy)
        {
            var setTransferPolicyFunction = new SetTransferPolicyFunction();
                setTransferPolicyFunction.NewPolicy = newPolicy;
            
             return ContractHandler.SendRequestAsync(setTransferPolicyFunction);
        }

        public Task<TransactionReceipt> SetTransferPolicyRequestAndWaitForReceiptAsync(byte newPolicy, CancellationTokenSource cancellationToken = null)
        {
            var setTransferPolicyFunction = new SetTransferPolicyFunction();
                setTransferPolicyFunction.NewPolicy = newPolicy;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setTransferPolicyFunction, cancellationToken);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        
        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;
            
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public Task<string> SymbolQueryAsync(SymbolFunction symbolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(symbolFunction, blockParameter);
        }

        
        public Task<string> SymbolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> TotalSupplyQueryAsync(TotalSupplyFunction totalSupplyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(totalSupplyFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalSupplyQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> TransferRequestAsync(TransferFunction transferFunction)
        {
             return ContractHandler.SendRequestAsync(transferFunction);
        }

        public Task<TransactionReceipt> TransferRequestAndWaitForReceiptAsync(TransferFunction transferFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFunction, cancellationToken);
        }

        public Task<string> TransferRequestAsync(string to, BigInteger value)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(transferFunction);
        }

        public Task<TransactionReceipt> TransferRequestAndWaitForReceiptAsync(string to, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFunction, cancellationToken);
        }

        public Task<string> TransferFromRequestAsync(TransferFromFunction transferFromFunction)
        {
             return ContractHandler.SendRequestAsync(transferFromFunction);
        }

        public Task<TransactionReceipt> TransferFromRequestAndWaitForReceiptAsync(TransferFromFunction transferFromFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFromFunction, cancellationToken);
        }

        public Task<string> TransferFromRequestAsync(string from, string to, BigInteger value)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(transferFromFunction);
        }

        public Task<TransactionReceipt> TransferFromRequestAndWaitForReceiptAsync(string from, string to, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFromFunction, cancellationToken);
        }

        public Task<byte> TransferPolicyQueryAsync(TransferPolicyFunction transferPolicyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TransferPolicyFunction, byte>(transferPolicyFunction, blockParameter);
        }

        
        public Task<byte> TransferPolicyQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TransferPolicyFunction, byte>(null, blockParameter);
        }

        public Task<string> UnpauseRequestAsync(UnpauseFunction unpauseFunction)
        {
             return ContractHandler.SendRequestAsync(unpauseFunction);
        }

        public Task<string> UnpauseRequestAsync()
        {
             return ContractHandler.SendRequestAsync<UnpauseFunction>();
        }

        public Task<TransactionReceipt> UnpauseRequestAndWaitForReceiptAsync(UnpauseFunction unpauseFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unpauseFunction, cancellationToken);
        }

        public Task<TransactionReceipt> UnpauseRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<UnpauseFunction>(null, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(DefaultMintPeriodFunction),
                typeof(DomainSeparatorFunction),
                typeof(MinterRoleFunction),
                typeof(PauserRoleFunction),
                typeof(AllowanceFunction),
                typeof(ApproveFunction),
                typeof(BalanceOfFunction),
                typeof(BurnFunction),
                typeof(BurnFromFunction),
                typeof(CurrentMintPeriodFunction),
                typeof(DecimalsFunction),
                typeof(Eip712DomainFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(IsBatchMintedFunction),
                typeof(IsMerchantFunction),
                typeof(MintFunction),
                typeof(MintBatchFunction),
                typeof(MintCapFunction),
                typeof(MintPeriodFunction),
                typeof(MintedInCurrentPeriodFunction),
                typeof(NameFunction),
                typeof(NoncesFunction),
                typeof(PauseFunction),
                typeof(PausedFunction),
                typeof(PermitFunction),
                typeof(RemainingMintAllowanceFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SetMerchantFunction),
                typeof(SetMintCapFunction),
                typeof(SetMintPeriodFunction),
                typeof(SetTransferPolicyFunction),
                typeof(SupportsInterfaceFunction),
                typeof(SymbolFunction),
                typeof(TotalSupplyFunction),
                typeof(TransferFunction),
                typeof(TransferFromFunction),
                typeof(TransferPolicyFunction),
                typeof(UnpauseFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ApprovalEventDTO),
                typeof(EIP712DomainChangedEventDTO),
                typeof(MerchantUpdatedEventDTO),
                typeof(MintCapChangedEventDTO),
                typeof(MintPeriodChangedEventDTO),
                typeof(PausedEventDTO),
                typeof(RewardBatchMintedEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(TransferEventDTO),
                typeof(TransferPolicyChangedEventDTO),
                typeof(UnpausedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(CivicTokenBatchAlreadyMintedError),
                typeof(CivicTokenBatchLengthMismatchError),
                typeof(CivicTokenEmptyBatchError),
                typeof(CivicTokenMintCapExceededError),
                typeof(CivicTokenNotPausedError),
                typeof(CivicTokenPausedError),
                typeof(CivicTokenTransferNotAllowedError),
                typeof(CivicTokenZeroAdminError),
                typeof(CivicTokenZeroAmountError),
                typeof(CivicTokenZeroBatchIdError),
                typeof(CivicTokenZeroMerchantError),
                typeof(CivicTokenZeroMintPeriodError),
                typeof(CivicTokenZeroRecipientError),
                typeof(ECDSAInvalidSignatureError),
                typeof(ECDSAInvalidSignatureLengthError),
                typeof(ECDSAInvalidSignatureSError),
                typeof(ERC20InsufficientAllowanceError),
                typeof(ERC20InsufficientBalanceError),
                typeof(ERC20InvalidApproverError),
                typeof(ERC20InvalidReceiverError),
                typeof(ERC20InvalidSenderError),
                typeof(ERC20InvalidSpenderError),
                typeof(ERC2612ExpiredSignatureError),
                typeof(ERC2612InvalidSignerError),
                typeof(InvalidAccountNonceError),
                typeof(InvalidShortStringError),
                typeof(StringTooLongError)
            };
        }
    }
}
