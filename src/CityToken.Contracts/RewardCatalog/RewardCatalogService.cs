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
using CityToken.Contracts.RewardCatalog.ContractDefinition;

namespace CityToken.Contracts.RewardCatalog
{
    public partial class RewardCatalogService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, RewardCatalogDeployment rewardCatalogDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<RewardCatalogDeployment>().SendRequestAndWaitForReceiptAsync(rewardCatalogDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, RewardCatalogDeployment rewardCatalogDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<RewardCatalogDeployment>().SendRequestAsync(rewardCatalogDeployment);
        }

        public static async Task<RewardCatalogService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, RewardCatalogDeployment rewardCatalogDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, rewardCatalogDeployment, cancellationTokenSource);
            return new RewardCatalogService(web3, receipt.ContractAddress);
        }

        public RewardCatalogService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> CatalogManagerRoleQueryAsync(CatalogManagerRoleFunction catalogManagerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CatalogManagerRoleFunction, byte[]>(catalogManagerRoleFunction, blockParameter);
        }

        
        public Task<byte[]> CatalogManagerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CatalogManagerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> DomainSeparatorQueryAsync(DomainSeparatorFunction domainSeparatorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DomainSeparatorFunction, byte[]>(domainSeparatorFunction, blockParameter);
        }

        
        public Task<byte[]> DomainSeparatorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DomainSeparatorFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> RedemptionTypehashQueryAsync(RedemptionTypehashFunction redemptionTypehashFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RedemptionTypehashFunction, byte[]>(redemptionTypehashFunction, blockParameter);
        }

        
        public Task<byte[]> RedemptionTypehashQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RedemptionTypehashFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> RelayerRoleQueryAsync(RelayerRoleFunction relayerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RelayerRoleFunction, byte[]>(relayerRoleFunction, blockParameter);
        }

        
        public Task<byte[]> RelayerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RelayerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<ulong> UnlimitedStockQueryAsync(UnlimitedStockFunction unlimitedStockFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnlimitedStockFunction, ulong>(unlimitedStockFunction, blockParameter);
        }

        
        public Task<ulong> UnlimitedStockQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnlimitedStockFunction, ulong>(null, blockParameter);
        }

        public Task<string> ActivateRewardRequestAsync(ActivateRewardFunction activateRewardFunction)
        {
             return ContractHandler.SendRequestAsync(activateRewardFunction);
        }

        public Task<TransactionReceipt> ActivateRewardRequestAndWaitForReceiptAsync(ActivateRewardFunction activateRewardFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(activateRewardFunction, cancellationToken);
        }

        public Task<string> ActivateRewardRequestAsync(BigInteger rewardId)
        {
            var activateRewardFunction = new ActivateRewardFunction();
                activateRewardFunction.RewardId = rewardId;
            
             return ContractHandler.SendRequestAsync(activateRewardFunction);
        }

        public Task<TransactionReceipt> ActivateRewardRequestAndWaitForReceiptAsync(BigInteger rewardId, CancellationTokenSource cancellationToken = null)
        {
            var activateRewardFunction = new ActivateRewardFunction();
                activateRewardFunction.RewardId = rewardId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(activateRewardFunction, cancellationToken);
        }

        public Task<string> AddRewardRequestAsync(AddRewardFunction addRewardFunction)
        {
             return ContractHandler.SendRequestAsync(addRewardFunction);
        }

        public Task<TransactionReceipt> AddRewardRequestAndWaitForReceiptAsync(AddRewardFunction addRewardFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(addRewardFunction, cancellationToken);
        }

        public Task<string> AddRewardRequestAsync(BigInteger price, ulong stock, string merchant, string uri)
        {
            var addRewardFunction = new AddRewardFunction();
                addRewardFunction.Price = price;
                addRewardFunction.Stock = stock;
                addRewardFunction.Merchant = merchant;
                addRewardFunction.Uri = uri;
            
             return ContractHandler.SendRequestAsync(addRewardFunction);
        }

        public Task<TransactionReceipt> AddRewardRequestAndWaitForReceiptAsync(BigInteger price, ulong stock, string merchant, string uri, CancellationTokenSource cancellationToken = null)
        {
            var addRewardFunction = new AddRewardFunction();
                addRewardFunction.Price = price;
                addRewardFunction.Stock = stock;
                addRewardFunction.Merchant = merchant;
                addRewardFunction.Uri = uri;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(addRewardFunction, cancellationToken);
        }

        public Task<string> DeactivateRewardRequestAsync(DeactivateRewardFunction deactivateRewardFunction)
        {
             return ContractHandler.SendRequestAsync(deactivateRewardFunction);
        }

        public Task<TransactionReceipt> DeactivateRewardRequestAndWaitForReceiptAsync(DeactivateRewardFunction deactivateRewardFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(deactivateRewardFunction, cancellationToken);
        }

        public Task<string> DeactivateRewardRequestAsync(BigInteger rewardId)
        {
            var deactivateRewardFunction = new DeactivateRewardFunction();
                deactivateRewardFunction.RewardId = rewardId;
            
             return ContractHandler.SendRequestAsync(deactivateRewardFunction);
        }

        public Task<TransactionReceipt> DeactivateRewardRequestAndWaitForReceiptAsync(BigInteger rewardId, CancellationTokenSource cancellationToken = null)
        {
            var deactivateRewardFunction = new DeactivateRewardFunction();
                deactivateRewardFunction.RewardId = rewardId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(deactivateRewardFunction, cancellationToken);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(Eip712DomainFunction eip712DomainFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(eip712DomainFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(null, blockParameter);
        }

        public Task<GetRewardOutputDTO> GetRewardQueryAsync(GetRewardFunction getRewardFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetRewardFunction, GetRewardOutputDTO>(getRewardFunction, blockParameter);
        }

        public Task<GetRewardOutputDTO> GetRewardQueryAsync(BigInteger rewardId, BlockParameter blockParameter = null)
        {
            var getRewardFunction = new GetRewardFunction();
                getRewardFunction.RewardId = rewardId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetRewardFunction, GetRewardOutputDTO>(getRewardFunction, blockParameter);
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

        public Task<string> RedeemRequestAsync(RedeemFunction redeemFunction)
        {
             return ContractHandler.SendRequestAsync(redeemFunction);
        }

        public Task<TransactionReceipt> RedeemRequestAndWaitForReceiptAsync(RedeemFunction redeemFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemFunction, cancellationToken);
        }

        public Task<string> RedeemRequestAsync(BigInteger rewardId, BigInteger quantity)
        {
            var redeemFunction = new RedeemFunction();
                redeemFunction.RewardId = rewardId;
                redeemFunction.Quantity = quantity;
            
             return ContractHandler.SendRequestAsync(redeemFunction);
        }

        public Task<TransactionReceipt> RedeemRequestAndWaitForReceiptAsync(BigInteger rewardId, BigInteger quantity, CancellationTokenSource cancellationToken = null)
        {
            var redeemFunction = new RedeemFunction();
                redeemFunction.RewardId = rewardId;
                redeemFunction.Quantity = quantity;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemFunction, cancellationToken);
        }

        public Task<string> RedeemWithPermitRequestAsync(RedeemWithPermitFunction redeemWithPermitFunction)
        {
             return ContractHandler.SendRequestAsync(redeemWithPermitFunction);
        }

        public Task<TransactionReceipt> RedeemWithPermitRequestAndWaitForReceiptAsync(RedeemWithPermitFunction redeemWithPermitFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemWithPermitFunction, cancellationToken);
        }

        public Task<string> RedeemWithPermitRequestAsync(RedemptionOrder order, PermitSignature permit, byte[] signature)
        {
            var redeemWithPermitFunction = new RedeemWithPermitFunction();
                redeemWithPermitFunction.Order = order;
                redeemWithPermitFunction.Permit = permit;
                redeemWithPermitFunction.Signature = signature;
            
             return ContractHandler.SendRequestAsync(redeemWithPermitFunction);
        }

        public Task<TransactionReceipt> RedeemWithPermitRequestAndWaitForReceiptAsync(RedemptionOrder order, PermitSignature permit, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var redeemWithPermitFunction = new RedeemWithPermitFunction();
                redeemWithPermitFunction.Order = order;
                redeemWithPermitFunction.Permit = permit;
                redeemWithPermitFunction.Signature = signature;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemWithPermitFunction, cancellationToken);
        }

        public Task<BigInteger> RedemptionCountQueryAsync(RedemptionCountFunction redemptionCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RedemptionCountFunction, BigInteger>(redemptionCountFunction, blockParameter);
        }

        
        public Task<BigInteger> RedemptionCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RedemptionCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> RedemptionDigestQueryAsync(RedemptionDigestFunction redemptionDigestFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RedemptionDigestFunction, byte[]>(redemptionDigestFunction, blockParameter);
        }

        
        public Task<byte[]> RedemptionDigestQueryAsync(string resident, BigInteger rewardId, BigInteger quantity, BigInteger price, BigInteger redemptionNonce, BigInteger deadline, BlockParameter blockParameter = null)
        {
            var redemptionDigestFunction = new RedemptionDigestFunction();
                redemptionDigestFunction.Resident = resident;
                redemptionDigestFunction.RewardId = rewardId;
                redemptionDigestFunction.Quantity = quantity;
                redemptionDigestFunction.Price = price;
                redemptionDigestFunction.RedemptionNonce = redemptionNonce;
                redemptionDigestFunction.Deadline = deadline;
            
            return ContractHandler.QueryAsync<RedemptionDigestFunction, byte[]>(redemptionDigestFunction, blockParameter);
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

        public Task<BigInteger> RewardCountQueryAsync(RewardCountFunction rewardCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RewardCountFunction, BigInteger>(rewardCountFunction, blockParameter);
        }

        
        public Task<BigInteger> RewardCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RewardCountFunction, BigInteger>(null, blockParameter);
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

        public Task<string> TokenQueryAsync(TokenFunction tokenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(tokenFunction, blockParameter);
        }

        
        public Task<string> TokenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TokenFunction, string>(null, blockParameter);
        }

        public Task<string> UpdateRewardRequestAsync(UpdateRewardFunction updateRewardFunction)
        {
             return ContractHandler.SendRequestAsync(updateRewardFunction);
        }

        public Task<TransactionReceipt> UpdateRewardRequestAndWaitForReceiptAsync(UpdateRewardFunction updateRewardFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateRewardFunction, cancellationToken);
        }

        public Task<string> UpdateRewardRequestAsync(BigInteger rewardId, BigInteger price, ulong stock, string merchant, string uri)
        {
            var updateRewardFunction = new UpdateRewardFunction();
                updateRewardFunction.RewardId = rewardId;
                updateRewardFunction.Price = price;
                updateRewardFunction.Stock = stock;
                updateRewardFunction.Merchant = merchant;
                updateRewardFunction.Uri = uri;
            
             return ContractHandler.SendRequestAsync(updateRewardFunction);
        }

        public Task<TransactionReceipt> UpdateRewardRequestAndWaitForReceiptAsync(BigInteger rewardId, BigInteger price, ulong stock, string merchant, string uri, CancellationTokenSource cancellationToken = null)
        {
            var updateRewardFunction = new UpdateRewardFunction();
                updateRewardFunction.RewardId = rewardId;
                updateRewardFunction.Price = price;
                updateRewardFunction.Stock = stock;
                updateRewardFunction.Merchant = merchant;
                updateRewardFunction.Uri = uri;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateRewardFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(CatalogManagerRoleFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(DomainSeparatorFunction),
                typeof(RedemptionTypehashFunction),
                typeof(RelayerRoleFunction),
                typeof(UnlimitedStockFunction),
                typeof(ActivateRewardFunction),
                typeof(AddRewardFunction),
                typeof(DeactivateRewardFunction),
                typeof(Eip712DomainFunction),
                typeof(GetRewardFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(NoncesFunction),
                typeof(RedeemFunction),
                typeof(RedeemWithPermitFunction),
                typeof(RedemptionCountFunction),
                typeof(RedemptionDigestFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(RewardCountFunction),
                typeof(SupportsInterfaceFunction),
                typeof(TokenFunction),
                typeof(UpdateRewardFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(EIP712DomainChangedEventDTO),
                typeof(RedeemedEventDTO),
                typeof(RewardActivatedEventDTO),
                typeof(RewardAddedEventDTO),
                typeof(RewardDeactivatedEventDTO),
                typeof(RewardUpdatedEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(InvalidAccountNonceError),
                typeof(InvalidShortStringError),
                typeof(RewardCatalogActiveUnchangedError),
                typeof(RewardCatalogExpiredSignatureError),
                typeof(RewardCatalogInactiveError),
                typeof(RewardCatalogInsufficientAllowanceError),
                typeof(RewardCatalogInvalidSignatureError),
                typeof(RewardCatalogPriceChangedError),
                typeof(RewardCatalogSoldOutError),
                typeof(RewardCatalogUnknownRewardError),
                typeof(RewardCatalogZeroAddressError),
                typeof(RewardCatalogZeroPriceError),
                typeof(RewardCatalogZeroQuantityError),
                typeof(SafeERC20FailedOperationError),
                typeof(StringTooLongError)
            };
        }
    }
}
