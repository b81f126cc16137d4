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
using CityToken.Contracts.PublicFunds.ContractDefinition;

namespace CityToken.Contracts.PublicFunds
{
    public partial class PublicFundsService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, PublicFundsDeployment publicFundsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<PublicFundsDeployment>().SendRequestAndWaitForReceiptAsync(publicFundsDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, PublicFundsDeployment publicFundsDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<PublicFundsDeployment>().SendRequestAsync(publicFundsDeployment);
        }

        public static async Task<PublicFundsService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, PublicFundsDeployment publicFundsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, publicFundsDeployment, cancellationTokenSource);
            return new PublicFundsService(web3, receipt.ContractAddress);
        }

        public PublicFundsService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> BudgetRoleQueryAsync(BudgetRoleFunction budgetRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BudgetRoleFunction, byte[]>(budgetRoleFunction, blockParameter);
        }

        
        public Task<byte[]> BudgetRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BudgetRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> FinanceOfficerRoleQueryAsync(FinanceOfficerRoleFunction financeOfficerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FinanceOfficerRoleFunction, byte[]>(financeOfficerRoleFunction, blockParameter);
        }

        
        public Task<byte[]> FinanceOfficerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FinanceOfficerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> FundsApproverRoleQueryAsync(FundsApproverRoleFunction fundsApproverRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FundsApproverRoleFunction, byte[]>(fundsApproverRoleFunction, blockParameter);
        }

        
        public Task<byte[]> FundsApproverRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FundsApproverRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> FundsRelayerRoleQueryAsync(FundsRelayerRoleFunction fundsRelayerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FundsRelayerRoleFunction, byte[]>(fundsRelayerRoleFunction, blockParameter);
        }

        
        public Task<byte[]> FundsRelayerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FundsRelayerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<string> ApproveRequestAsync(ApproveFunction approveFunction)
        {
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(ApproveFunction approveFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> ApproveRequestAsync(BigInteger disbursementId)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(BigInteger disbursementId, CancellationTokenSource cancellationToken = null)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> ApproveForRequestAsync(ApproveForFunction approveForFunction)
        {
             return ContractHandler.SendRequestAsync(approveForFunction);
        }

        public Task<TransactionReceipt> ApproveForRequestAndWaitForReceiptAsync(ApproveForFunction approveForFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveForFunction, cancellationToken);
        }

        public Task<string> ApproveForRequestAsync(byte[] staff, BigInteger disbursementId)
        {
            var approveForFunction = new ApproveForFunction();
                approveForFunction.Staff = staff;
                approveForFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAsync(approveForFunction);
        }

        public Task<TransactionReceipt> ApproveForRequestAndWaitForReceiptAsync(byte[] staff, BigInteger disbursementId, CancellationTokenSource cancellationToken = null)
        {
            var approveForFunction = new ApproveForFunction();
                approveForFunction.Staff = staff;
                approveForFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveForFunction, cancellationToken);
        }

        public Task<string> CreateProjectRequestAsync(CreateProjectFunction createProjectFunction)
        {
             return ContractHandler.SendRequestAsync(createProjectFunction);
        }

        public Task<TransactionReceipt> CreateProjectRequestAndWaitForReceiptAsync(CreateProjectFunction createProjectFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(createProjectFunction, cancellationToken);
        }

        public Task<string> CreateProjectRequestAsync(BigInteger budget, byte[] currency, string department, byte[] metadataHash)
        {
            var createProjectFunction = new CreateProjectFunction();
                createProjectFunction.Budget = budget;
                createProjectFunction.Currency = currency;
                createProjectFunction.Department = department;
                createProjectFunction.MetadataHash = metadataHash;
            
             return ContractHandler.SendRequestAsync(createProjectFunction);
        }

        public Task<TransactionReceipt> CreateProjectRequestAndWaitForReceiptAsync(BigInteger budget, byte[] currency, string department, byte[] metadataHash, CancellationTokenSource cancellationToken = null)
        {
            var createProjectFunction = new CreateProjectFunction();
                createProjectFunction.Budget = budget;
                createProjectFunction.Currency = currency;
                createProjectFunction.Department = department;
                createProjectFunction.MetadataHash = metadataHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(createProjectFunction, cancellationToken);
        }

        public Task<BigInteger> DisbursementCountQueryAsync(DisbursementCountFunction disbursementCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DisbursementCountFunction, BigInteger>(disbursementCountFunction, blockParameter);
        }

        
        public Task<BigInteger> DisbursementCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DisbursementCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<GetDisbursementOutputDTO> GetDisbursementQueryAsync(GetDisbursementFunction getDisbursementFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetDisbursementFunction, GetDisbursementOutputDTO>(getDisbursementFunction, blockParameter);
        }

        public Task<GetDisbursementOutputDTO> GetDisbursementQueryAsync(BigInteger disbursementId, BlockParameter blockParameter = null)
        {
            var getDisbursementFunction = new GetDisbursementFunction();
                getDisbursementFunction.DisbursementId = disbursementId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetDisbursementFunction, GetDisbursementOutputDTO>(getDisbursementFunction, blockParameter);
        }

        public Task<GetProjectOutputDTO> GetProjectQueryAsync(GetProjectFunction getProjectFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetProjectFunction, GetProjectOutputDTO>(getProjectFunction, blockParameter);
        }

        public Task<GetProjectOutputDTO> GetProjectQueryAsync(BigInteger projectId, BlockParameter blockParameter = null)
        {
            var getProjectFunction = new GetProjectFunction();
                getProjectFunction.ProjectId = projectId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetProjectFunction, GetProjectOutputDTO>(getProjectFunction, blockParameter);
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

        public Task<BigInteger> ProjectCountQueryAsync(ProjectCountFunction projectCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProjectCountFunction, BigInteger>(projectCountFunction, blockParameter);
        }

        
        public Task<BigInteger> ProjectCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProjectCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> ProposeRequestAsync(ProposeFunction proposeFunction)
        {
             return ContractHandler.SendRequestAsync(proposeFunction);
        }

        public Task<TransactionReceipt> ProposeRequestAndWaitForReceiptAsync(ProposeFunction proposeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(proposeFunction, cancellationToken);
        }

        public Task<string> ProposeRequestAsync(BigInteger projectId, string payee, BigInteger amount, byte category, byte[] documentHash)
        {
            var proposeFunction = new ProposeFunction();
                proposeFunction.ProjectId = projectId;
                proposeFunction.Payee = payee;
                proposeFunction.Amount = amount;
                proposeFunction.Category = category;
                proposeFunction.DocumentHash = documentHash;
            
             return ContractHandler.SendRequestAsync(proposeFunction);
        }

        public Task<TransactionReceipt> ProposeRequestAndWaitForReceiptAsync(BigInteger projectId, string payee, BigInteger amount, byte category, byte[] documentHash, CancellationTokenSource cancellationToken = null)
        {
            var proposeFunction = new ProposeFunction();
                proposeFunction.ProjectId = projectId;
                proposeFunction.Payee = payee;
                proposeFunction.Amount = amount;
                proposeFunction.Category = category;
                proposeFunction.DocumentHash = documentHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(proposeFunction, cancellationToken);
        }

        public Task<string> ProposeForRequestAsync(ProposeForFunction proposeForFunction)
        {
             return ContractHandler.SendRequestAsync(proposeForFunction);
        }

        public Task<TransactionReceipt> ProposeForRequestAndWaitForReceiptAsync(ProposeForFunction proposeForFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(proposeForFunction, cancellationToken);
        }

        public Task<string> ProposeForRequestAsync(byte[] staff, BigInteger projectId, string payee, BigInteger amount, byte category, byte[] documentHash)
        {
            var proposeForFunction = new ProposeForFunction();
                proposeForFunction.Staff = staff;
                proposeForFunction.ProjectId = projectId;
                proposeForFunction.Payee = payee;
                proposeForFunction.Amount = amount;
                proposeForFunction.Category = category;
                proposeForFunction.DocumentHash = documentHash;
            
             return ContractHandler.SendRequestAsync(proposeForFunction);
        }

        public Task<TransactionReceipt> ProposeForRequestAndWaitForReceiptAsync(byte[] staff, BigInteger projectId, string payee, BigInteger amount, byte category, byte[] documentHash, CancellationTokenSource cancellationToken = null)
        {
            var proposeForFunction = new ProposeForFunction();
                proposeForFunction.Staff = staff;
                proposeForFunction.ProjectId = projectId;
                proposeForFunction.Payee = payee;
                proposeForFunction.Amount = amount;
                proposeForFunction.Category = category;
                proposeForFunction.DocumentHash = documentHash;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(proposeForFunction, cancellationToken);
        }

        public Task<string> RejectRequestAsync(RejectFunction rejectFunction)
        {
             return ContractHandler.SendRequestAsync(rejectFunction);
        }

        public Task<TransactionReceipt> RejectRequestAndWaitForReceiptAsync(RejectFunction rejectFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(rejectFunction, cancellationToken);
        }

        public Task<string> RejectRequestAsync(BigInteger disbursementId)
        {
            var rejectFunction = new RejectFunction();
                rejectFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAsync(rejectFunction);
        }

        public Task<TransactionReceipt> RejectRequestAndWaitForReceiptAsync(BigInteger disbursementId, CancellationTokenSource cancellationToken = null)
        {
            var rejectFunction = new RejectFunction();
                rejectFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(rejectFunction, cancellationToken);
        }

        public Task<string> RejectForRequestAsync(RejectForFunction rejectForFunction)
        {
             return ContractHandler.SendRequestAsync(rejectForFunction);
        }

        public Task<TransactionReceipt> RejectForRequestAndWaitForReceiptAsync(RejectForFunction rejectForFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(rejectForFunction, cancellationToken);
        }

        public Task<string> RejectForRequestAsync(byte[] staff, BigInteger disbursementId)
        {
            var rejectForFunction = new RejectForFunction();
                rejectForFunction.Staff = staff;
                rejectForFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAsync(rejectForFunction);
        }

        public Task<TransactionReceipt> RejectForRequestAndWaitForReceiptAsync(byte[] staff, BigInteger disbursementId, CancellationTokenSource cancellationToken = null)
        {
            var rejectForFunction = new RejectForFunction();
                rejectForFunction.Staff = staff;
                rejectForFunction.DisbursementId = disbursementId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(rejectForFunction, cancellationToken);
        }

        public Task<BigInteger> RemainingQueryAsync(RemainingFunction remainingFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RemainingFunction, BigInteger>(remainingFunction, blockParameter);
        }

        
        public Task<BigInteger> RemainingQueryAsync(BigInteger projectId, BlockParameter blockParameter = null)
        {
            var remainingFunction = new RemainingFunction();
                remainingFunction.ProjectId = projectId;
            
            return ContractHandler.QueryAsync<RemainingFunction, BigInteger>(remainingFunction, blockParameter);
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

        public Task<bool> VerifyWageQueryAsync(VerifyWageFunction verifyWageFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VerifyWageFunction, bool>(verifyWageFunction, blockParameter);
        }

        
        public Task<bool> VerifyWageQueryAsync(BigInteger disbursementId, byte[] worker, BigInteger amount, byte[] salt, List<byte[]> proof, BlockParameter blockParameter = null)
        {
            var verifyWageFunction = new VerifyWageFunction();
                verifyWageFunction.DisbursementId = disbursementId;
                verifyWageFunction.Worker = worker;
                verifyWageFunction.Amount = amount;
                verifyWageFunction.Salt = salt;
                verifyWageFunction.Proof = proof;
            
            return ContractHandler.QueryAsync<VerifyWageFunction, bool>(verifyWageFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(BudgetRoleFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(FinanceOfficerRoleFunction),
                typeof(FundsApproverRoleFunction),
                typeof(FundsRelayerRoleFunction),
                typeof(ApproveFunction),
                typeof(ApproveForFunction),
                typeof(CreateProjectFunction),
                typeof(DisbursementCountFunction),
                typeof(GetDisbursementFunction),
                typeof(GetProjectFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(ProjectCountFunction),
                typeof(ProposeFunction),
                typeof(ProposeForFunction),
                typeof(RejectFunction),
                typeof(RejectForFunction),
                typeof(RemainingFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SupportsInterfaceFunction),
                typeof(VerifyWageFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(DisbursementApprovedEventDTO),
                typeof(DisbursementProposedEventDTO),
                typeof(DisbursementRejectedEventDTO),
                typeof(ProjectCreatedEventDTO),
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
                typeof(PublicFundsInvalidCurrencyError),
                typeof(PublicFundsInvalidPayeeError),
                typeof(PublicFundsInvalidStaffError),
                typeof(PublicFundsMissingDocumentError),
                typeof(PublicFundsNotPayrollError),
                typeof(PublicFundsNotPendingError),
                typeof(PublicFundsOverBudgetError),
                typeof(PublicFundsSelfApprovalError),
                typeof(PublicFundsUnknownDisbursementError),
                typeof(PublicFundsUnknownProjectError),
                typeof(PublicFundsZeroAddressError),
                typeof(PublicFundsZeroAmountError),
                typeof(PublicFundsZeroBudgetError)
            };
        }
    }
}
