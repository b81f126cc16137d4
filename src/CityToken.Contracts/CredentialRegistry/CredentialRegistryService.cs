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
using CityToken.Contracts.CredentialRegistry.ContractDefinition;

namespace CityToken.Contracts.CredentialRegistry
{
    public partial class CredentialRegistryService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, CredentialRegistryDeployment credentialRegistryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<CredentialRegistryDeployment>().SendRequestAndWaitForReceiptAsync(credentialRegistryDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, CredentialRegistryDeployment credentialRegistryDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<CredentialRegistryDeployment>().SendRequestAsync(credentialRegistryDeployment);
        }

        public static async Task<CredentialRegistryService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, CredentialRegistryDeployment credentialRegistryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, credentialRegistryDeployment, cancellationTokenSource);
            return new CredentialRegistryService(web3, receipt.ContractAddress);
        }

        public CredentialRegistryService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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

        public Task<byte[]> RegistrarRoleQueryAsync(RegistrarRoleFunction registrarRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RegistrarRoleFunction, byte[]>(registrarRoleFunction, blockParameter);
        }

        
        public Task<byte[]> RegistrarRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RegistrarRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> ActiveCredentialOfQueryAsync(ActiveCredentialOfFunction activeCredentialOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ActiveCredentialOfFunction, BigInteger>(activeCredentialOfFunction, blockParameter);
        }

        
        public Task<BigInteger> ActiveCredentialOfQueryAsync(string subject, byte[] credentialType, BlockParameter blockParameter = null)
        {
            var activeCredentialOfFunction = new ActiveCredentialOfFunction();
                activeCredentialOfFunction.Subject = subject;
                activeCredentialOfFunction.CredentialType = credentialType;
            
            return ContractHandler.QueryAsync<ActiveCredentialOfFunction, BigInteger>(activeCredentialOfFunction, blockParameter);
        }

        public Task<BigInteger> ActiveCredentialOfPersonQueryAsync(ActiveCredentialOfPersonFunction activeCredentialOfPersonFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ActiveCredentialOfPersonFunction, BigInteger>(activeCredentialOfPersonFunction, blockParameter);
        }

        
        public Task<BigInteger> ActiveCredentialOfPersonQueryAsync(byte[] personKey, byte[] credentialType, BlockParameter blockParameter = null)
        {
            var activeCredentialOfPersonFunction = new ActiveCredentialOfPersonFunction();
                activeCredentialOfPersonFunction.PersonKey = personKey;
                activeCredentialOfPersonFunction.CredentialType = credentialType;
            
            return ContractHandler.QueryAsync<ActiveCredentialOfPersonFunction, BigInteger>(activeCredentialOfPersonFunction, blockParameter);
        }

        public Task<BigInteger> CredentialCountQueryAsync(CredentialCountFunction credentialCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CredentialCountFunction, BigInteger>(credentialCountFunction, blockParameter);
        }

        
        public Task<BigInteger> CredentialCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CredentialCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> CredentialIdAtQueryAsync(CredentialIdAtFunction credentialIdAtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CredentialIdAtFunction, BigInteger>(credentialIdAtFunction, blockParameter);
        }

        
        public Task<BigInteger> CredentialIdAtQueryAsync(string subject, byte[] credentialType, BigInteger timestamp, BlockParameter blockParameter = null)
        {
            var credentialIdAtFunction = new CredentialIdAtFunction();
                credentialIdAtFunction.Subject = subject;
                credentialIdAtFunction.CredentialType = credentialType;
                credentialIdAtFunction.Timestamp = timestamp;
            
            return ContractHandler.QueryAsync<CredentialIdAtFunction, BigInteger>(credentialIdAtFunction, blockParameter);
        }

        public Task<CredentialStandingAtOutputDTO> CredentialStandingAtQueryAsync(CredentialStandingAtFunction credentialStandingAtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CredentialStandingAtFunction, CredentialStandingAtOutputDTO>(credentialStandingAtFunction, blockParameter);
        }

        public Task<CredentialStandingAtOutputDTO> CredentialStandingAtQueryAsync(string subject, byte[] credentialType, BigInteger timestamp, BlockParameter blockParameter = null)
        {
            var credentialStandingAtFunction = new CredentialStandingAtFunction();
                credentialStandingAtFunction.Subject = subject;
                credentialStandingAtFunction.CredentialType = credentialType;
                credentialStandingAtFunction.Timestamp = timestamp;
            
            return ContractHandler.QueryDeserializingToObjectAsync<CredentialStandingAtFunction, CredentialStandingAtOutputDTO>(credentialStandingAtFunction, blockParameter);
        }

        public Task<byte[]> GetClaimQueryAsync(GetClaimFunction getClaimFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetClaimFunction, byte[]>(getClaimFunction, blockParameter);
        }

        
        public Task<byte[]> GetClaimQueryAsync(string issuer, string subject, byte[] key, BlockParameter blockParameter = null)
        {
            var getClaimFunction = new GetClaimFunction();
                getClaimFunction.Issuer = issuer;
                getClaimFunction.Subject = subject;
                getClaimFunction.Key = key;
            
            return ContractHandler.QueryAsync<GetClaimFunction, byte[]>(getClaimFunction, blockParameter);
        }

        public Task<GetCredentialOutputDTO> GetCredentialQueryAsync(GetCredentialFunction getCredentialFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetCredentialFunction, GetCredentialOutputDTO>(getCredentialFunction, blockParameter);
        }

        public Task<GetCredentialOutputDTO> GetCredentialQueryAsync(BigInteger credentialId, BlockParameter blockParameter = null)
        {
            var getCredentialFunction = new GetCredentialFunction();
                getCredentialFunction.CredentialId = credentialId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetCredentialFunction, GetCredentialOutputDTO>(getCredentialFunction, blockParameter);
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

        public Task<BigInteger> HistoryAtQueryAsync(HistoryAtFunction historyAtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HistoryAtFunction, BigInteger>(historyAtFunction, blockParameter);
        }

        
        public Task<BigInteger> HistoryAtQueryAsync(string subject, byte[] credentialType, BigInteger index, BlockParameter blockParameter = null)
        {
            var historyAtFunction = new HistoryAtFunction();
                historyAtFunction.Subject = subject;
                historyAtFunction.CredentialType = credentialType;
                historyAtFunction.Index = index;
            
            return ContractHandler.QueryAsync<HistoryAtFunction, BigInteger>(historyAtFunction, blockParameter);
        }

        public Task<BigInteger> HistoryLengthQueryAsync(HistoryLengthFunction historyLengthFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HistoryLengthFunction, BigInteger>(historyLengthFunction, blockParameter);
        }

        
        public Task<BigInteger> HistoryLengthQueryAsync(string subject, byte[] credentialType, BlockParameter blockParameter = null)
        {
            var historyLengthFunction = new HistoryLengthFunction();
                historyLengthFunction.Subject = subject;
                historyLengthFunction.CredentialType = credentialType;
            
            return ContractHandler.QueryAsync<HistoryLengthFunction, BigInteger>(historyLengthFunction, blockParameter);
        }

        public Task<bool> IsValidQueryAsync(IsValidFunction isValidFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsValidFunction, bool>(isValidFunction, blockParameter);
        }

        
        public Task<bool> IsValidQueryAsync(string subject, byte[] credentialType, BigInteger timestamp, BlockParameter blockParameter = null)
        {
            var isValidFunction = new IsValidFunction();
                isValidFunction.Subject = subject;
                isValidFunction.CredentialType = credentialType;
                isValidFunction.Timestamp = timestamp;
            
            return ContractHandler.QueryAsync<IsValidFunction, bool>(isValidFunction, blockParameter);
        }

        public Task<string> IssueRequestAsync(IssueFunction issueFunction)
        {
             return ContractHandler.SendRequestAsync(issueFunction);
        }

        public Task<TransactionReceipt> IssueRequestAndWaitForReceiptAsync(IssueFunction issueFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(issueFunction, cancellationToken);
        }

        public Task<string> IssueRequestAsync(string subject, byte[] credentialType, byte[] personKey, ulong expiresAt, byte[] dataHash, string uri)
        {
            var issueFunction = new IssueFunction();
                issueFunction.Subject = subject;
                issueFunction.CredentialType = credentialType;
                issueFunction.PersonKey = personKey;
                issueFunction.ExpiresAt = expiresAt;
                issueFunction.DataHash = dataHash;
                issueFunction.Uri = uri;
            
             return ContractHandler.SendRequestAsync(issueFunction);
        }

        public Task<TransactionReceipt> IssueRequestAndWaitForReceiptAsync(string subject, byte[] credentialType, byte[] personKey, ulong expiresAt, byte[] dataHash, string uri, CancellationTokenSource cancellationToken = null)
        {
            var issueFunction = new IssueFunction();
                issueFunction.Subject = subject;
                issueFunction.CredentialType = credentialType;
                issueFunction.PersonKey = personKey;
                issueFunction.ExpiresAt = expiresAt;
                issueFunction.DataHash = dataHash;
                issueFunction.Uri = uri;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(issueFunction, cancellationToken);
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

        public Task<string> RevokeRequestAsync(RevokeFunction revokeFunction)
        {
             return ContractHandler.SendRequestAsync(revokeFunction);
        }

        public Task<TransactionReceipt> RevokeRequestAndWaitForReceiptAsync(RevokeFunction revokeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeFunction, cancellationToken);
        }

        public Task<string> RevokeRequestAsync(BigInteger credentialId)
        {
            var revokeFunction = new RevokeFunction();
                revokeFunction.CredentialId = credentialId;
            
             return ContractHandler.SendRequestAsync(revokeFunction);
        }

        public Task<TransactionReceipt> RevokeRequestAndWaitForReceiptAsync(BigInteger credentialId, CancellationTokenSource cancellationToken = null)
        {
            var revokeFunction = new RevokeFunction();
                revokeFunction.CredentialId = credentialId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeFunction, cancellationToken);
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

        public Task<ValidCredentialAtOutputDTO> ValidCredentialAtQueryAsync(ValidCredentialAtFunction validCredentialAtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ValidCredentialAtFunction, ValidCredentialAtOutputDTO>(validCredentialAtFunction, blockParameter);
        }

        public Task<ValidCredentialAtOutputDTO> ValidCredentialAtQueryAsync(string subject, byte[] credentialType, BigInteger timestamp, BlockParameter blockParameter = null)
        {
            var validCredentialAtFunction = new ValidCredentialAtFunction();
                validCredentialAtFunction.Subject = subject;
                validCredentialAtFunction.CredentialType = credentialType;
                validCredentialAtFunction.Timestamp = timestamp;
            
            return ContractHandler.QueryDeserializingToObjectAsync<ValidCredentialAtFunction, ValidCredentialAtOutputDTO>(validCredentialAtFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(RegistrarRoleFunction),
                typeof(ActiveCredentialOfFunction),
                typeof(ActiveCredentialOfPersonFunction),
                typeof(CredentialCountFunction),
                typeof(CredentialIdAtFunction),
                typeof(CredentialStandingAtFunction),
                typeof(GetClaimFunction),
                typeof(GetCredentialFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(HistoryAtFunction),
                typeof(HistoryLengthFunction),
                typeof(IsValidFunction),
                typeof(IssueFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeFunction),
                typeof(RevokeRoleFunction),
                typeof(SupportsInterfaceFunction),
                typeof(ValidCredentialAtFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ClaimRemovedEventDTO),
                typeof(ClaimSetEventDTO),
                typeof(CredentialIssuedEventDTO),
                typeof(CredentialRevokedEventDTO),
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
                typeof(CredentialRegistryAlreadyRevokedError),
                typeof(CredentialRegistryExpiryNotInFutureError),
                typeof(CredentialRegistryMissingDataError),
                typeof(CredentialRegistrySubjectBoundToOtherPersonError),
                typeof(CredentialRegistryUnknownCredentialError),
                typeof(CredentialRegistryZeroAdminError),
                typeof(CredentialRegistryZeroPersonKeyError),
                typeof(CredentialRegistryZeroSubjectError),
                typeof(CredentialRegistryZeroTypeError)
            };
        }
    }
}
