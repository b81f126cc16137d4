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
using CityToken.Contracts.RecordAnchor.ContractDefinition;

namespace CityToken.Contracts.RecordAnchor
{
    public partial class RecordAnchorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, RecordAnchorDeployment recordAnchorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<RecordAnchorDeployment>().SendRequestAndWaitForReceiptAsync(recordAnchorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, RecordAnchorDeployment recordAnchorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<RecordAnchorDeployment>().SendRequestAsync(recordAnchorDeployment);
        }

        public static async Task<RecordAnchorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, RecordAnchorDeployment recordAnchorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, recordAnchorDeployment, cancellationTokenSource);
            return new RecordAnchorService(web3, receipt.ContractAddress);
        }

        public RecordAnchorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> AnchorRoleQueryAsync(AnchorRoleFunction anchorRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AnchorRoleFunction, byte[]>(anchorRoleFunction, blockParameter);
        }

        
        public Task<byte[]> AnchorRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AnchorRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<string> AnchorRequestAsync(AnchorFunction anchorFunction)
        {
             return ContractHandler.SendRequestAsync(anchorFunction);
        }

        public Task<TransactionReceipt> AnchorRequestAndWaitForReceiptAsync(AnchorFunction anchorFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(anchorFunction, cancellationToken);
        }

        public Task<string> AnchorRequestAsync(byte[] root, BigInteger count)
        {
            var anchorFunction = new AnchorFunction();
                anchorFunction.Root = root;
                anchorFunction.Count = count;
            
             return ContractHandler.SendRequestAsync(anchorFunction);
        }

        public Task<TransactionReceipt> AnchorRequestAndWaitForReceiptAsync(byte[] root, BigInteger count, CancellationTokenSource cancellationToken = null)
        {
            var anchorFunction = new AnchorFunction();
                anchorFunction.Root = root;
                anchorFunction.Count = count;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(anchorFunction, cancellationToken);
        }

        public Task<BigInteger> AnchorCountQueryAsync(AnchorCountFunction anchorCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AnchorCountFunction, BigInteger>(anchorCountFunction, blockParameter);
        }

        
        public Task<BigInteger> AnchorCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AnchorCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<AnchorOfOutputDTO> AnchorOfQueryAsync(AnchorOfFunction anchorOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AnchorOfFunction, AnchorOfOutputDTO>(anchorOfFunction, blockParameter);
        }

        public Task<AnchorOfOutputDTO> AnchorOfQueryAsync(byte[] root, BlockParameter blockParameter = null)
        {
            var anchorOfFunction = new AnchorOfFunction();
                anchorOfFunction.Root = root;
            
            return ContractHandler.QueryDeserializingToObjectAsync<AnchorOfFunction, AnchorOfOutputDTO>(anchorOfFunction, blockParameter);
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

        public Task<bool> IsAnchoredQueryAsync(IsAnchoredFunction isAnchoredFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsAnchoredFunction, bool>(isAnchoredFunction, blockParameter);
        }

        
        public Task<bool> IsAnchoredQueryAsync(byte[] root, BlockParameter blockParameter = null)
        {
            var isAnchoredFunction = new IsAnchoredFunction();
                isAnchoredFunction.Root = root;
            
            return ContractHandler.QueryAsync<IsAnchoredFunction, bool>(isAnchoredFunction, blockParameter);
        }

        public Task<byte[]> LeafOfQueryAsync(LeafOfFunction leafOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LeafOfFunction, byte[]>(leafOfFunction, blockParameter);
        }

        
        public Task<byte[]> LeafOfQueryAsync(byte[] hash, BlockParameter blockParameter = null)
        {
            var leafOfFunction = new LeafOfFunction();
                leafOfFunction.Hash = hash;
            
            return ContractHandler.QueryAsync<LeafOfFunction, byte[]>(leafOfFunction, blockParameter);
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

        public Task<VerifyOutputDTO> VerifyQueryAsync(VerifyFunction verifyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<VerifyFunction, VerifyOutputDTO>(verifyFunction, blockParameter);
        }

        public Task<VerifyOutputDTO> VerifyQueryAsync(byte[] root, byte[] hash, List<byte[]> proof, BlockParameter blockParameter = null)
        {
            var verifyFunction = new VerifyFunction();
                verifyFunction.Root = root;
                verifyFunction.Hash = hash;
                verifyFunction.Proof = proof;
            
            return ContractHandler.QueryDeserializingToObjectAsync<VerifyFunction, VerifyOutputDTO>(verifyFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(AnchorRoleFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(AnchorFunction),
                typeof(AnchorCountFunction),
                typeof(AnchorOfFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(IsAnchoredFunction),
                typeof(LeafOfFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SupportsInterfaceFunction),
                typeof(VerifyFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(AnchoredEventDTO),
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
                typeof(RecordAnchorAlreadyAnchoredError),
                typeof(RecordAnchorInvalidCountError),
                typeof(RecordAnchorZeroAddressError),
                typeof(RecordAnchorZeroRootError)
            };
        }
    }
}
