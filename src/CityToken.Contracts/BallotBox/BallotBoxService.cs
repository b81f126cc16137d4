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
using CityToken.Contracts.BallotBox.ContractDefinition;

namespace CityToken.Contracts.BallotBox
{
    public partial class BallotBoxService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, BallotBoxDeployment ballotBoxDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<BallotBoxDeployment>().SendRequestAndWaitForReceiptAsync(ballotBoxDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, BallotBoxDeployment ballotBoxDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<BallotBoxDeployment>().SendRequestAsync(ballotBoxDeployment);
        }

        public static async Task<BallotBoxService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, BallotBoxDeployment ballotBoxDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, ballotBoxDeployment, cancellationTokenSource);
            return new BallotBoxService(web3, receipt.ContractAddress);
        }

        public BallotBoxService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> BallotAdminRoleQueryAsync(BallotAdminRoleFunction ballotAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BallotAdminRoleFunction, byte[]>(ballotAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> BallotAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BallotAdminRoleFunction, byte[]>(null, blockParameter);
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

        public Task<BigInteger> MaxOptionsQueryAsync(MaxOptionsFunction maxOptionsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxOptionsFunction, BigInteger>(maxOptionsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxOptionsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxOptionsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinOptionsQueryAsync(MinOptionsFunction minOptionsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinOptionsFunction, BigInteger>(minOptionsFunction, blockParameter);
        }

        
        public Task<BigInteger> MinOptionsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinOptionsFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> VoteTypehashQueryAsync(VoteTypehashFunction voteTypehashFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VoteTypehashFunction, byte[]>(voteTypehashFunction, blockParameter);
        }

        
        public Task<byte[]> VoteTypehashQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VoteTypehashFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> BallotCountQueryAsync(BallotCountFunction ballotCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BallotCountFunction, BigInteger>(ballotCountFunction, blockParameter);
        }

        
        public Task<BigInteger> BallotCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BallotCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> CancelBallotRequestAsync(CancelBallotFunction cancelBallotFunction)
        {
             return ContractHandler.SendRequestAsync(cancelBallotFunction);
        }

        public Task<TransactionReceipt> CancelBallotRequestAndWaitForReceiptAsync(CancelBallotFunction cancelBallotFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(cancelBallotFunction, cancellationToken);
        }

        public Task<string> CancelBallotRequestAsync(BigInteger ballotId)
        {
            var cancelBallotFunction = new CancelBallotFunction();
                cancelBallotFunction.BallotId = ballotId;
            
             return ContractHandler.SendRequestAsync(cancelBallotFunction);
        }

        public Task<TransactionReceipt> CancelBallotRequestAndWaitForReceiptAsync(BigInteger ballotId, CancellationTokenSource cancellationToken = null)
        {
            var cancelBallotFunction = new CancelBallotFunction();
                cancelBallotFunction.BallotId = ballotId;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(cancelBallotFunction, cancellationToken);
        }

        public Task<string> CastVoteRequestAsync(CastVoteFunction castVoteFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteFunction);
        }

        public Task<TransactionReceipt> CastVoteRequestAndWaitForReceiptAsync(CastVoteFunction castVoteFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteFunction, cancellationToken);
        }

        public Task<string> CastVoteRequestAsync(BigInteger ballotId, string voter, BigInteger option)
        {
            var castVoteFunction = new CastVoteFunction();
                castVoteFunction.BallotId = ballotId;
                castVoteFunction.Voter = voter;
                castVoteFunction.Option = option;
            
             return ContractHandler.SendRequestAsync(castVoteFunction);
        }

        public Task<TransactionReceipt> CastVoteRequestAndWaitForReceiptAsync(BigInteger ballotId, string voter, BigInteger option, CancellationTokenSource cancellationToken = null)
        {
            var castVoteFunction = new CastVoteFunction();
                castVoteFunction.BallotId = ballotId;
                castVoteFunction.Voter = voter;
                castVoteFunction.Option = option;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteFunction, cancellationToken);
        }

        public Task<string> CastVoteBySigRequestAsync(CastVoteBySigFunction castVoteBySigFunction)
        {
             return ContractHandler.SendRequestAsync(castVoteBySigFunction);
        }

        public Task<TransactionReceipt> CastVoteBySigRequestAndWaitForReceiptAsync(CastVoteBySigFunction castVoteBySigFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteBySigFunction, cancellationToken);
        }

        public Task<string> CastVoteBySigRequestAsync(BigInteger ballotId, string voter, BigInteger option, BigInteger deadline, byte[] signature)
        {
            var castVoteBySigFunction = new CastVoteBySigFunction();
                castVoteBySigFunction.BallotId = ballotId;
                castVoteBySigFunction.Voter = voter;
                castVoteBySigFunction.Option = option;
                castVoteBySigFunction.Deadline = deadline;
                castVoteBySigFunction.Signature = signature;
            
             return ContractHandler.SendRequestAsync(castVoteBySigFunction);
        }

        public Task<TransactionReceipt> CastVoteBySigRequestAndWaitForReceiptAsync(BigInteger ballotId, string voter, BigInteger option, BigInteger deadline, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var castVoteBySigFunction = new CastVoteBySigFunction();
                castVoteBySigFunction.BallotId = ballotId;
                castVoteBySigFunction.Voter = voter;
                castVoteBySigFunction.Option = option;
                castVoteBySigFunction.Deadline = deadline;
                castVoteBySigFunction.Signature = signature;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(castVoteBySigFunction, cancellationToken);
        }

        public Task<string> CreateBallotRequestAsync(CreateBallotFunction createBallotFunction)
        {
             return ContractHandler.SendRequestAsync(createBallotFunction);
        }

        public Task<TransactionReceipt> CreateBallotRequestAndWaitForReceiptAsync(CreateBallotFunction createBallotFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(createBallotFunction, cancellationToken);
        }

        public Task<string> CreateBallotRequestAsync(byte[] metadataHash, string metadataURI, byte optionCount, ulong start, ulong end, BigInteger quorum, byte[] credentialType)
        {
            var createBallotFunction = new CreateBallotFunction();
                createBallotFunction.MetadataHash = metadataHash;
                createBallotFunction.MetadataURI = metadataURI;
                createBallotFunction.OptionCount = optionCount;
                createBallotFunction.Start = start;
                createBallotFunction.End = end;
                createBallotFunction.Quorum = quorum;
                createBallotFunction.CredentialType = credentialType;
            
             return ContractHandler.SendRequestAsync(createBallotFunction);
        }

        public Task<TransactionReceipt> CreateBallotRequestAndWaitForReceiptAsync(byte[] metadataHash, string metadataURI, byte optionCount, ulong start, ulong end, BigInteger quorum, byte[] credentialType, CancellationTokenSource cancellationToken = null)
        {
            var createBallotFunction = new CreateBallotFunction();
                createBallotFunction.MetadataHash = metadataHash;
                createBallotFunction.MetadataURI = metadataURI;
                createBallotFunction.OptionCount = optionCount;
                createBallotFunction.Start = start;
                createBallotFunction.End = end;
                createBallotFunction.Quorum = quorum;
                createBallotFunction.CredentialType = credentialType;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(createBallotFunction, cancellationToken);
        }

        public Task<string> CredentialsQueryAsync(CredentialsFunction credentialsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CredentialsFunction, string>(credentialsFunction, blockParameter);
        }

        
        public Task<string> CredentialsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CredentialsFunction, string>(null, blockParameter);
        }

        public Task<string> DidRegistryQueryAsync(DidRegistryFunction didRegistryFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DidRegistryFunction, string>(didRegistryFunction, blockParameter);
        }

        
        public Task<string> DidRegistryQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DidRegistryFunction, string>(null, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(Eip712DomainFunction eip712DomainFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(eip712DomainFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(null, blockParameter);
        }

        public Task<GetBallotOutputDTO> GetBallotQueryAsync(GetBallotFunction getBallotFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetBallotFunction, GetBallotOutputDTO>(getBallotFunction, blockParameter);
        }

        public Task<GetBallotOutputDTO> GetBallotQueryAsync(BigInteger ballotId, BlockParameter blockParameter = null)
        {
            var getBallotFunction = new GetBallotFunction();
                getBallotFunction.BallotId = ballotId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetBallotFunction, GetBallotOutputDTO>(getBallotFunction, blockParameter);
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

        public Task<bool> HasVotedQueryAsync(HasVotedFunction hasVotedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasVotedFunction, bool>(hasVotedFunction, blockParameter);
        }

        
        public Task<bool> HasVotedQueryAsync(BigInteger ballotId, byte[] personKey, BlockParameter blockParameter = null)
        {
            var hasVotedFunction = new HasVotedFunction();
                hasVotedFunction.BallotId = ballotId;
                hasVotedFunction.PersonKey = personKey;
            
            return ContractHandler.QueryAsync<HasVotedFunction, bool>(hasVotedFunction, blockParameter);
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

        public Task<bool> QuorumReachedQueryAsync(QuorumReachedFunction quorumReachedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<QuorumReachedFunction, bool>(quorumReachedFunction, blockParameter);
        }

        
        public Task<bool> QuorumReachedQueryAsync(BigInteger ballotId, BlockParameter blockParameter = null)
        {
            var quorumReachedFunction = new QuorumReachedFunction();
                quorumReachedFunction.BallotId = ballotId;
            
            return ContractHandler.QueryAsync<QuorumReachedFunction, bool>(quorumReachedFunction, blockParameter);
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

        public Task<ResultsOutputDTO> ResultsQueryAsync(ResultsFunction resultsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ResultsFunction, ResultsOutputDTO>(resultsFunction, blockParameter);
        }

        public Task<ResultsOutputDTO> ResultsQueryAsync(BigInteger ballotId, BlockParameter blockParameter = null)
        {
            var resultsFunction = new ResultsFunction();
                resultsFunction.BallotId = ballotId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<ResultsFunction, ResultsOutputDTO>(resultsFunction, blockParameter);
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

        public Task<byte> StatusQueryAsync(StatusFunction statusFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<StatusFunction, byte>(statusFunction, blockParameter);
        }

        
        public Task<byte> StatusQueryAsync(BigInteger ballotId, BlockParameter blockParameter = null)
        {
            var statusFunction = new StatusFunction();
                statusFunction.BallotId = ballotId;
            
            return ContractHandler.QueryAsync<StatusFunction, byte>(statusFunction, blockParameter);
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

        public Task<List<BigInteger>> TalliesQueryAsync(TalliesFunction talliesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TalliesFunction, List<BigInteger>>(talliesFunction, blockParameter);
        }

        
        public Task<List<BigInteger>> TalliesQueryAsync(BigInteger ballotId, BlockParameter blockParameter = null)
        {
            var talliesFunction = new TalliesFunction();
                talliesFunction.BallotId = ballotId;
            
            return ContractHandler.QueryAsync<TalliesFunction, List<BigInteger>>(talliesFunction, blockParameter);
        }

        public Task<BigInteger> TurnoutQueryAsync(TurnoutFunction turnoutFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TurnoutFunction, BigInteger>(turnoutFunction, blockParameter);
        }

        
        public Task<BigInteger> TurnoutQueryAsync(BigInteger ballotId, BlockParameter blockParameter = null)
        {
            var turnoutFunction = new TurnoutFunction();
                turnoutFunction.BallotId = ballotId;
            
            return ContractHandler.QueryAsync<TurnoutFunction, BigInteger>(turnoutFunction, blockParameter);
        }

        public Task<byte[]> VoteDigestQueryAsync(VoteDigestFunction voteDigestFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VoteDigestFunction, byte[]>(voteDigestFunction, blockParameter);
        }

        
        public Task<byte[]> VoteDigestQueryAsync(string voter, BigInteger ballotId, BigInteger option, BigInteger voterNonce, BigInteger deadline, BlockParameter blockParameter = null)
        {
            var voteDigestFunction = new VoteDigestFunction();
                voteDigestFunction.Voter = voter;
                voteDigestFunction.BallotId = ballotId;
                voteDigestFunction.Option = option;
                voteDigestFunction.VoterNonce = voterNonce;
                voteDigestFunction.Deadline = deadline;
            
            return ContractHandler.QueryAsync<VoteDigestFunction, byte[]>(voteDigestFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(BallotAdminRoleFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(DomainSeparatorFunction),
                typeof(MaxOptionsFunction),
                typeof(MinOptionsFunction),
                typeof(VoteTypehashFunction),
                typeof(BallotCountFunction),
                typeof(CancelBallotFunction),
                typeof(CastVoteFunction),
                typeof(CastVoteBySigFunction),
                typeof(CreateBallotFunction),
                typeof(CredentialsFunction),
                typeof(DidRegistryFunction),
                typeof(Eip712DomainFunction),
                typeof(GetBallotFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(HasVotedFunction),
                typeof(NoncesFunction),
                typeof(QuorumReachedFunction),
                typeof(RenounceRoleFunction),
                typeof(ResultsFunction),
                typeof(RevokeRoleFunction),
                typeof(StatusFunction),
                typeof(SupportsInterfaceFunction),
                typeof(TalliesFunction),
                typeof(TurnoutFunction),
                typeof(VoteDigestFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(BallotCancelledEventDTO),
                typeof(BallotCreatedEventDTO),
                typeof(EIP712DomainChangedEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(VoteCastEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(BallotBoxAlreadyStartedError),
                typeof(BallotBoxAlreadyVotedError),
                typeof(BallotBoxBallotCancelledError),
                typeof(BallotBoxClosedError),
                typeof(BallotBoxCredentialRevokedError),
                typeof(BallotBoxExpiredSignatureError),
                typeof(BallotBoxInvalidOptionError),
                typeof(BallotBoxInvalidOptionCountError),
                typeof(BallotBoxInvalidSignerError),
                typeof(BallotBoxInvalidWindowError),
                typeof(BallotBoxMissingMetadataError),
                typeof(BallotBoxNotEligibleError),
                typeof(BallotBoxNotIdentityOwnerError),
                typeof(BallotBoxNotOpenError),
                typeof(BallotBoxUnknownBallotError),
                typeof(BallotBoxZeroAddressError),
                typeof(BallotBoxZeroCredentialTypeError),
                typeof(InvalidAccountNonceError),
                typeof(InvalidShortStringError),
                typeof(StringTooLongError)
            };
        }
    }
}
