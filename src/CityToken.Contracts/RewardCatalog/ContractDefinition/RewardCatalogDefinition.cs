using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace CityToken.Contracts.RewardCatalog.ContractDefinition
{


    public partial class RewardCatalogDeployment : RewardCatalogDeploymentBase
    {
        public RewardCatalogDeployment() : base(BYTECODE) { }
        public RewardCatalogDeployment(string byteCode) : base(byteCode) { }
    }

    public class RewardCatalogDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "610180604052348015610010575f5ffd5b506040516122b03803806122b083398101604081905261002f916102e7565b6040518060400160405280601781526020017f43697479546f6b656e20526577617264436174616c6f67000000000000000000815250604051806040016040528060018152602001603160f81b81525061008e826101e160201b60201c565b6101205261009b816101e1565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038216158061014d57506001600160a01b038116155b1561016b576040516319fb18f760e21b815260040160405180910390fd5b6001600160a01b038216610160526101835f82610227565b506101ae7f324bfc5685f8b762973d1a2f63086acc87d62f02d552a5779981fa27332c368d82610227565b506101d97fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc482610227565b50505061037a565b5f5f829050601f81511115610214578260405163305a27a960e01b815260040161020b919061031f565b60405180910390fd5b805161021f82610354565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102c7575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561027f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ca565b505f5b92915050565b6001600160a01b03811681146102e4575f5ffd5b50565b5f5f604083850312156102f8575f5ffd5b8251610303816102d0565b6020840151909250610314816102d0565b809150509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610374575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051611eb86103f85f395f81816103aa01528181610d6d01528181610e4e015281816110a10152818161110a015261113f01525f6113c501525f61139a01525f6112da01525f6112b201525f61120d01525f61123701525f6112610152611eb85ff3fe608060405234801561000f575f5ffd5b506004361061016c575f3560e01c806379085425116100d95780639fb1915811610093578063beaf79681161006e578063beaf79681461036c578063d547741f1461037f578063eabdc5b414610392578063fc0c546a146103a5575f5ffd5b80639fb191581461032b578063a217fddf14610351578063a4f60e3a14610358575f5ffd5b806379085425146102935780637cbc23731461029b5780637ecebe00146102ae57806384b0196e146102d657806391d14854146102f1578063926d7d7f14610304575f5ffd5b806326ea37991161012a57806326ea3799146102355780632f2ff15d1461023d5780633644e5151461025257806336568abe1461025a57806354ca95831461026d57806366cfd07214610280575f5ffd5b806210322b1461017057806301ffc9a7146101aa57806317a3231e146101cd5780631c4b774b146101e05780632347cd8a14610200578063248a9ca314610213575b5f5ffd5b6101977fefe4b6934607e1847a607624db6c338ede5aea5abbed242b15002a46c784d45c81565b6040519081526020015b60405180910390f35b6101bd6101b836600461173a565b6103e4565b60405190151581526020016101a1565b6101976101db3660046117a5565b61041a565b6101f36101ee366004611813565b6105b8565b6040516101a19190611858565b61019761020e3660046118c3565b6106ed565b610197610221366004611813565b5f9081526020819052604090206001015490565b600654610197565b61025061024b366004611909565b610735565b005b61019761075f565b610250610268366004611909565b61076d565b61025061027b366004611949565b6107a5565b61025061028e366004611813565b610885565b600554610197565b6101976102a93660046119bb565b610924565b6101976102bc3660046119db565b6001600160a01b03165f9081526003602052604090205490565b6102de610937565b6040516101a197969594939291906119f4565b6101bd6102ff366004611909565b610979565b6101977fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc481565b6103396001600160401b0381565b6040516001600160401b0390911681526020016101a1565b6101975f81565b6101975f516020611e635f395f51905f5281565b61019761037a366004611a8a565b6109a1565b61025061038d366004611909565b610b38565b6102506103a0366004611813565b610b5c565b6103cc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101a1565b5f6001600160e01b03198216637965db0b60e01b148061041457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc461044581610bf3565b5f61045360208801886119db565b9050866080013542111561048557604051630c8dd5ff60e01b8152608088013560048201526024015b60405180910390fd5b5f6104938860200135610c00565b549050606088013581146104d15760405163d86b841360e01b815260208901356004820152606089013560248201526044810182905260640161047c565b5f61051161050c6104e7368c90038c018c611b07565b6001600160a01b0386165f908152600360205260409020805460018101909155610c37565b610cc6565b9050610553838289898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610cf292505050565b61057b5760405163b6e09b6f60e01b81526001600160a01b038416600482015260240161047c565b6105988361058d60408c013585611b8e565b8b608001358b610d63565b6105ab838a602001358b60400135610efb565b9998505050505050505050565b6105fa6040518060a001604052805f81526020015f6001600160a01b031681526020015f6001600160401b031681526020015f15158152602001606081525090565b61060382610c00565b6040805160a0810182528254815260018301546001600160a01b0381166020830152600160a01b81046001600160401b031692820192909252600160e01b90910460ff161515606082015260028201805491929160808401919061066690611ba5565b80601f016020809104026020016040519081016040528092919081815260200182805461069290611ba5565b80156106dd5780601f106106b4576101008083540402835291602001916106dd565b820191905f5260205f20905b8154815290600101906020018083116106c057829003601f168201915b5050505050815250509050919050565b5f61072a61050c6040518060a001604052808a6001600160a01b031681526020018981526020018881526020018781526020018581525085610c37565b979650505050505050565b5f8281526020819052604090206001015461074f81610bf3565b6107598383611172565b50505050565b5f610768611201565b905090565b6001600160a01b03811633146107965760405163334bd91960e11b815260040160405180910390fd5b6107a0828261132a565b505050565b5f516020611e635f395f51905f526107bc81610bf3565b855f036107dc57604051633019570760e21b815260040160405180910390fd5b5f6107e688610c00565b8781556001810180546001600160e01b031916600160a01b6001600160401b038a16026001600160a01b031916176001600160a01b038816179055905060028101610832848683611c28565b50846001600160a01b0316887f3e1a27c40f6b0c8d2c74c204e2a8e4aefe41d103540593055c065c0c206ed7e0898988886040516108739493929190611ce1565b60405180910390a35050505050505050565b5f516020611e635f395f51905f5261089c81610bf3565b5f6108a683610c00565b6001810154909150600160e01b900460ff16156108e05760405163f108066d60e01b8152600481018490526001602482015260440161047c565b60018101805460ff60e01b1916600160e01b17905560405183907f077df36c64e7c698035a47d2e97da79ab1c3bcfdf6f82430581659cc4d2a969a905f90a2505050565b5f610930338484610efb565b9392505050565b5f6060805f5f5f6060610948611393565b6109506113be565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5f516020611e635f395f51905f526109b981610bf3565b865f036109d957604051633019570760e21b815260040160405180910390fd5b60055f81546109e790611d26565b91905081905591506040518060a00160405280888152602001866001600160a01b03168152602001876001600160401b0316815260200160011515815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250508481526004602090815260409182902084518155908401516001820180549386015160608701511515600160e01b0260ff60e01b196001600160401b03909216600160a01b026001600160e01b03199096166001600160a01b039094169390931794909417939093161790915560808301519091506002820190610ae29082611d3e565b50905050846001600160a01b0316827f2afd82a90e22dc3664ba85af3c19862e29c091daec7e4f9a06250c2d117b07c089898888604051610b269493929190611ce1565b60405180910390a35095945050505050565b5f82815260208190526040902060010154610b5281610bf3565b610759838361132a565b5f516020611e635f395f51905f52610b7381610bf3565b5f610b7d83610c00565b6001810154909150600160e01b900460ff16610bb55760405163f108066d60e01b8152600481018490525f602482015260440161047c565b60018101805460ff60e01b1916905560405183907f385eed96ca33f0da03d900751711ff4392adf11be79222f4aa99f92e71a1da4f905f90a2505050565b610bfd81336113e9565b50565b5f8181526004602052604081208054909103610c3257604051631f80cb3f60e11b81526004810183905260240161047c565b919050565b815160208084015160408086015160608088015160809889015184517fefe4b6934607e1847a607624db6c338ede5aea5abbed242b15002a46c784d45c818901526001600160a01b0390981688860152918701949094529685015260a084019190915260c083019390935260e08083019490945282518083039094018452610100909101909152815191012090565b5f610414610cd2611201565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03610d50575f5f610d108585611426565b5090925090505f816003811115610d2957610d29611df8565b148015610d475750856001600160a01b0316826001600160a01b0316145b92505050610930565b610d5b84848461146f565b949350505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf85308686610da36020880188611e0c565b604080516001600160e01b031960e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff166084830152602085013560a483015284013560c482015260e4015f604051808303815f87803b158015610e12575f5ffd5b505af1925050508015610e23575060015b61075957604051636eb1769f60e11b81526001600160a01b0385811660048301523060248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063dd62ed3e90604401602060405180830381865afa158015610e95573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eb99190611e2c565b905083811015610ef557604051633e0318a160e01b81526001600160a01b0386166004820152602481018290526044810185905260640161047c565b50610759565b5f815f03610f1c57604051636cdd70c960e01b815260040160405180910390fd5b5f610f2684610c00565b6001810154909150600160e01b900460ff16610f5857604051631177277960e21b81526004810185905260240161047c565b60018101546001600160401b03600160a01b9091048116908114610fec57806001600160401b0316841115610fb957604051638f80030f60e01b815260048101869052602481018590526001600160401b038216604482015260640161047c565b610fc38482611e43565b8260010160146101000a8154816001600160401b0302191690836001600160401b031602179055505b815460018301546001600160a01b03165f6110078784611b8e565b905060065f815461101790611d26565b919050819055955087896001600160a01b0316877fd1f50717286f9564e69db657165181e471d01523ce248549f6f28b5d6b044d5b8a87604051611065929190918252602082015260400190565b60405180910390a46001600160a01b0382166110fd5760405163079cc67960e41b81526001600160a01b038a81166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906379cc6790906044015f604051808303815f87803b1580156110e2575f5ffd5b505af11580156110f4573d5f5f3e3d5ffd5b50505050611166565b6111326001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a30846114d4565b6111666001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361150a565b50505050509392505050565b5f61117d8383610979565b6111fa575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556111b23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610414565b505f610414565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561125957507f000000000000000000000000000000000000000000000000000000000000000046145b1561128357507f000000000000000000000000000000000000000000000000000000000000000090565b610768604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6113358383610979565b156111fa575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610414565b60606107687f000000000000000000000000000000000000000000000000000000000000000061153f565b60606107687f000000000000000000000000000000000000000000000000000000000000000061153f565b6113f38282610979565b6114225760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161047c565b5050565b5f5f5f835160410361145d576020840151604085015160608601515f1a61144f8882858561157c565b955095509550505050611468565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b6114e2848484846001611644565b61075957604051635274afe760e01b81526001600160a01b038516600482015260240161047c565b61151783838360016116b1565b6107a057604051635274afe760e01b81526001600160a01b038416600482015260240161047c565b60605f61154b83611713565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156115b557505f9150600390508261163a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611606573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661163157505f92506001915082905061163a565b92505f91508190505b9450945094915050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166116a0578383151615611694573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117075783831516156116fb573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60ff8216601f81111561041457604051632cd44ac360e21b815260040160405180910390fd5b5f6020828403121561174a575f5ffd5b81356001600160e01b031981168114610930575f5ffd5b5f5f83601f840112611771575f5ffd5b5081356001600160401b03811115611787575f5ffd5b60208301915083602082850101111561179e575f5ffd5b9250929050565b5f5f5f5f8486036101208112156117ba575f5ffd5b60a08112156117c7575f5ffd5b8594506060609f19820112156117db575f5ffd5b5060a0850192506101008501356001600160401b038111156117fb575f5ffd5b61180787828801611761565b95989497509550505050565b5f60208284031215611823575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b0360208301511660408201526001600160401b0360408301511660608201526060820151151560808201525f608083015160a080840152610d5b60c084018261182a565b80356001600160a01b0381168114610c32575f5ffd5b5f5f5f5f5f5f60c087890312156118d8575f5ffd5b6118e1876118ad565b9860208801359850604088013597606081013597506080810135965060a00135945092505050565b5f5f6040838503121561191a575f5ffd5b8235915061192a602084016118ad565b90509250929050565b80356001600160401b0381168114610c32575f5ffd5b5f5f5f5f5f5f60a0878903121561195e575f5ffd5b863595506020870135945061197560408801611933565b9350611983606088016118ad565b925060808701356001600160401b0381111561199d575f5ffd5b6119a989828a01611761565b979a9699509497509295939492505050565b5f5f604083850312156119cc575f5ffd5b50508035926020909101359150565b5f602082840312156119eb575f5ffd5b610930826118ad565b60ff60f81b8816815260e060208201525f611a1260e083018961182a565b8281036040840152611a24818961182a565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611a79578351835260209384019390920191600101611a5b565b50909b9a5050505050505050505050565b5f5f5f5f5f60808688031215611a9e575f5ffd5b85359450611aae60208701611933565b9350611abc604087016118ad565b925060608601356001600160401b03811115611ad6575f5ffd5b611ae288828901611761565b969995985093965092949392505050565b634e487b7160e01b5f52604160045260245ffd5b5f60a0828403128015611b18575f5ffd5b5060405160a081016001600160401b0381118282101715611b3b57611b3b611af3565b604052611b47836118ad565b81526020838101359082015260408084013590820152606080840135908201526080928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761041457610414611b7a565b600181811c90821680611bb957607f821691505b602082108103611bd757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107a057805f5260205f20601f840160051c81016020851015611c025750805b601f840160051c820191505b81811015611c21575f8155600101611c0e565b5050505050565b6001600160401b03831115611c3f57611c3f611af3565b611c5383611c4d8354611ba5565b83611bdd565b5f601f841160018114611c84575f8515611c6d5750838201355b5f19600387901b1c1916600186901b178355611c21565b5f83815260208120601f198716915b82811015611cb35786850135825560209485019460019092019101611c93565b5086821015611ccf575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8481526001600160401b038416602082015260606040820152816060820152818360808301375f818301608090810191909152601f909201601f191601019392505050565b5f60018201611d3757611d37611b7a565b5060010190565b81516001600160401b03811115611d5757611d57611af3565b611d6b81611d658454611ba5565b84611bdd565b6020601f821160018114611d9d575f8315611d865750848201515b5f19600385901b1c1916600184901b178455611c21565b5f84815260208120601f198516915b82811015611dcc5787850151825560209485019460019092019101611dac565b5084821015611de957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215611e1c575f5ffd5b813560ff81168114610930575f5ffd5b5f60208284031215611e3c575f5ffd5b5051919050565b6001600160401b03828116828216039081111561041457610414611b7a56fe324bfc5685f8b762973d1a2f63086acc87d62f02d552a5779981fa27332c368da26469706673582212201dfa8bf3a963ae5c7a8a9965fd005825c0197d2583ceafdc9f60f0e53677fa9b64736f6c634300081c0033";
        public RewardCatalogDeploymentBase() : base(BYTECODE) { }
        public RewardCatalogDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "admin", 2)]
        public virtual string Admin { get; set; }
    }

    public partial class CatalogManagerRoleFunction : CatalogManagerRoleFunctionBase { }

    [Function("CATALOG_MANAGER_ROLE", "bytes32")]
    public class CatalogManagerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DomainSeparatorFunction : DomainSeparatorFunctionBase { }

    [Function("DOMAIN_SEPARATOR", "bytes32")]
    public class DomainSeparatorFunctionBase : FunctionMessage
    {

    }

    public partial class RedemptionTypehashFunction : RedemptionTypehashFunctionBase { }

    [Function("REDEMPTION_TYPEHASH", "bytes32")]
    public class RedemptionTypehashFunctionBase : FunctionMessage
    {

    }

    public partial class RelayerRoleFunction : RelayerRoleFunctionBase { }

    [Function("RELAYER_ROLE", "bytes32")]
    public class RelayerRoleFunctionBase : FunctionMessage
    {

    }

    public partial class UnlimitedStockFunction : UnlimitedStockFunctionBase { }

    [Function("UNLIMITED_STOCK", "uint64")]
    public class UnlimitedStockFunctionBase : FunctionMessage
    {

    }

    public partial class ActivateRewardFunction : ActivateRewardFunctionBase { }

    [Function("activateReward")]
    public class ActivateRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class AddRewardFunction : AddRewardFunctionBase { }

    [Function("addReward", "uint256")]
    public class AddRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "price", 1)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 2)]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 3)]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 4)]
        public virtual string Uri { get; set; }
    }

    public partial class DeactivateRewardFunction : DeactivateRewardFunctionBase { }

    [Function("deactivateReward")]
    public class DeactivateRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class Eip712DomainFunction : Eip712DomainFunctionBase { }

    [Function("eip712Domain", typeof(Eip712DomainOutputDTO))]
    public class Eip712DomainFunctionBase : FunctionMessage
    {

    }

    public partial class GetRewardFunction : GetRewardFunctionBase { }

    [Function("getReward", typeof(GetRewardOutputDTO))]
    public class GetRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class GetRoleAdminFunction : GetRoleAdminFunctionBase { }

    [Function("getRoleAdmin", "bytes32")]
    public class GetRoleAdminFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
    }

    public partial class GrantRoleFunction : GrantRoleFunctionBase { }

    [Function("grantRole")]
    public class GrantRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class HasRoleFunction : HasRoleFunctionBase { }

    [Function("hasRole", "bool")]
    public class HasRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class NoncesFunction : NoncesFunctionBase { }

    [Function("nonces", "uint256")]
    public class NoncesFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class RedeemFunction : RedeemFunctionBase { }

    [Function("redeem", "uint256")]
    public class RedeemFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 2)]
        public virtual BigInteger Quantity { get; set; }
    }

    public partial class RedeemWithPermitFunction : RedeemWithPermitFunctionBase { }

    [Function("redeemWithPermit", "uint256")]
    public class RedeemWithPermitFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "order", 1)]
        public virtual RedemptionOrder Order { get; set; }
        [Parameter("tuple", "permit", 2)]
        public virtual PermitSignature Permit { get; set; }
        [Parameter("bytes", "signature", 3)]
        public virtual byte[] Signature { get; set; }
    }

    public partial class RedemptionCountFunction : RedemptionCountFunctionBase { }

    [Function("redemptionCount", "uint256")]
    public class RedemptionCountFunctionBase : FunctionMessage
    {

    }

    public partial class RedemptionDigestFunction : RedemptionDigestFunctionBase { }

    [Function("redemptionDigest", "bytes32")]
    public class RedemptionDigestFunctionBase : FunctionMessage
    {
        [Parameter("address", "resident", 1)]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "rewardId", 2)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 3)]
        public virtual BigInteger Quantity { get; set; }
        [Parameter("uint256", "price", 4)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "redemptionNonce", 5)]
        public virtual BigInteger RedemptionNonce { get; set; }
        [Parameter("uint256", "deadline", 6)]
        public virtual BigInteger Deadline { get; set; }
    }

    public partial class RenounceRoleFunction : RenounceRoleFunctionBase { }

    [Function("renounceRole")]
    public class RenounceRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "callerConfirmation", 2)]
        public virtual string CallerConfirmation { get; set; }
    }

    public partial class RevokeRoleFunction : RevokeRoleFunctionBase { }

    [Function("revokeRole")]
    public class RevokeRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class RewardCountFunction : RewardCountFunctionBase { }

    [Function("rewardCount", "uint256")]
    public class RewardCountFunctionBase : FunctionMessage
    {

    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class TokenFunction : TokenFunctionBase { }

    [Function("token", "address")]
    public class TokenFunctionBase : FunctionMessage
    {

    }

    public partial class UpdateRewardFunction : UpdateRewardFunctionBase { }

    [Function("updateReward")]
    public class UpdateRewardFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "price", 2)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 3)]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 4)]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 5)]
        public virtual string Uri { get; set; }
    }

    public partial class EIP712DomainChangedEventDTO : EIP712DomainChangedEventDTOBase { }

    [Event("EIP712DomainChanged")]
    public class EIP712DomainChangedEventDTOBase : IEventDTO
    {
    }

    public partial class RedeemedEventDTO : RedeemedEventDTOBase { }

    [Event("Redeemed")]
    public class RedeemedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "redemptionId", 1, true )]
        public virtual BigInteger RedemptionId { get; set; }
        [Parameter("address", "resident", 2, true )]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "rewardId", 3, true )]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 4, false )]
        public virtual BigInteger Quantity { get; set; }
        [Parameter("uint256", "price", 5, false )]
        public virtual BigInteger Price { get; set; }
    }

    public partial class RewardActivatedEventDTO : RewardActivatedEventDTOBase { }

    [Event("RewardActivated")]
    public class RewardActivatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardAddedEventDTO : RewardAddedEventDTOBase { }

    [Event("RewardAdded")]
    public class RewardAddedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "price", 2, false )]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 3, false )]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 4, true )]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 5, false )]
        public virtual string Uri { get; set; }
    }

    public partial class RewardDeactivatedEventDTO : RewardDeactivatedEventDTOBase { }

    [Event("RewardDeactivated")]
    public class RewardDeactivatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardUpdatedEventDTO : RewardUpdatedEventDTOBase { }

    [Event("RewardUpdated")]
    public class RewardUpdatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "rewardId", 1, true )]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "price", 2, false )]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint64", "stock", 3, false )]
        public virtual ulong Stock { get; set; }
        [Parameter("address", "merchant", 4, true )]
        public virtual string Merchant { get; set; }
        [Parameter("string", "uri", 5, false )]
        public virtual string Uri { get; set; }
    }

    public partial class RoleAdminChangedEventDTO : RoleAdminChangedEventDTOBase { }

    [Event("RoleAdminChanged")]
    public class RoleAdminChangedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("bytes32", "previousAdminRole", 2, true )]
        public virtual byte[] PreviousAdminRole { get; set; }
        [Parameter("bytes32", "newAdminRole", 3, true )]
        public virtual byte[] NewAdminRole { get; set; }
    }

    public partial class RoleGrantedEventDTO : RoleGrantedEventDTOBase { }

    [Event("RoleGranted")]
    public class RoleGrantedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RoleRevokedEventDTO : RoleRevokedEventDTOBase { }

    [Event("RoleRevoked")]
    public class RoleRevokedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class AccessControlBadConfirmationError : AccessControlBadConfirmationErrorBase { }
    [Error("AccessControlBadConfirmation")]
    public class AccessControlBadConfirmationErrorBase : IErrorDTO
    {
    }

    public partial class AccessControlUnauthorizedAccountError : AccessControlUnauthorizedAccountErrorBase { }

    [Error("AccessControlUnauthorizedAccount")]
    public class AccessControlUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bytes32", "neededRole", 2)]
        public virtual byte[] NeededRole { get; set; }
    }

    public partial class InvalidAccountNonceError : InvalidAccountNonceErrorBase { }

    [Error("InvalidAccountNonce")]
    public class InvalidAccountNonceErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "currentNonce", 2)]
        public virtual BigInteger CurrentNonce { get; set; }
    }

    public partial class InvalidShortStringError : InvalidShortStringErrorBase { }
    [Error("InvalidShortString")]
    public class InvalidShortStringErrorBase : IErrorDTO
    {
    }

    public partial class RewardCatalogActiveUnchangedError : RewardCatalogActiveUnchangedErrorBase { }

    [Error("RewardCatalogActiveUnchanged")]
    public class RewardCatalogActiveUnchangedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("bool", "active", 2)]
        public virtual bool Active { get; set; }
    }

    public partial class RewardCatalogExpiredSignatureError : RewardCatalogExpiredSignatureErrorBase { }

    [Error("RewardCatalogExpiredSignature")]
    public class RewardCatalogExpiredSignatureErrorBase : IErrorDTO
    {
        [Parameter("uint256", "deadline", 1)]
        public virtual BigInteger Deadline { get; set; }
    }

    public partial class RewardCatalogInactiveError : RewardCatalogInactiveErrorBase { }

    [Error("RewardCatalogInactive")]
    public class RewardCatalogInactiveErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardCatalogInsufficientAllowanceError : RewardCatalogInsufficientAllowanceErrorBase { }

    [Error("RewardCatalogInsufficientAllowance")]
    public class RewardCatalogInsufficientAllowanceErrorBase : IErrorDTO
    {
        [Parameter("address", "resident", 1)]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "allowance", 2)]
        public virtual BigInteger Allowance { get; set; }
        [Parameter("uint256", "cost", 3)]
        public virtual BigInteger Cost { get; set; }
    }

    public partial class RewardCatalogInvalidSignatureError : RewardCatalogInvalidSignatureErrorBase { }

    [Error("RewardCatalogInvalidSignature")]
    public class RewardCatalogInvalidSignatureErrorBase : IErrorDTO
    {
        [Parameter("address", "resident", 1)]
        public virtual string Resident { get; set; }
    }

    public partial class RewardCatalogPriceChangedError : RewardCatalogPriceChangedErrorBase { }

    [Error("RewardCatalogPriceChanged")]
    public class RewardCatalogPriceChangedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "signed", 2)]
        public virtual BigInteger Signed { get; set; }
        [Parameter("uint256", "current", 3)]
        public virtual BigInteger Current { get; set; }
    }

    public partial class RewardCatalogSoldOutError : RewardCatalogSoldOutErrorBase { }

    [Error("RewardCatalogSoldOut")]
    public class RewardCatalogSoldOutErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "requested", 2)]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "available", 3)]
        public virtual BigInteger Available { get; set; }
    }

    public partial class RewardCatalogUnknownRewardError : RewardCatalogUnknownRewardErrorBase { }

    [Error("RewardCatalogUnknownReward")]
    public class RewardCatalogUnknownRewardErrorBase : IErrorDTO
    {
        [Parameter("uint256", "rewardId", 1)]
        public virtual BigInteger RewardId { get; set; }
    }

    public partial class RewardCatalogZeroAddressError : RewardCatalogZeroAddressErrorBase { }
    [Error("RewardCatalogZeroAddress")]
    public class RewardCatalogZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class RewardCatalogZeroPriceError : RewardCatalogZeroPriceErrorBase { }
    [Error("RewardCatalogZeroPrice")]
    public class RewardCatalogZeroPriceErrorBase : IErrorDTO
    {
    }

    public partial class RewardCatalogZeroQuantityError : RewardCatalogZeroQuantityErrorBase { }
    [Error("RewardCatalogZeroQuantity")]
    public class RewardCatalogZeroQuantityErrorBase : IErrorDTO
    {
    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class StringTooLongError : StringTooLongErrorBase { }

    [Error("StringTooLong")]
    public class StringTooLongErrorBase : IErrorDTO
    {
        [Parameter("string", "str", 1)]
        public virtual string Str { get; set; }
    }

    public partial class CatalogManagerRoleOutputDTO : CatalogManagerRoleOutputDTOBase { }

    [FunctionOutput]
    public class CatalogManagerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DomainSeparatorOutputDTO : DomainSeparatorOutputDTOBase { }

    [FunctionOutput]
    public class DomainSeparatorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class RedemptionTypehashOutputDTO : RedemptionTypehashOutputDTOBase { }

    [FunctionOutput]
    public class RedemptionTypehashOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class RelayerRoleOutputDTO : RelayerRoleOutputDTOBase { }

    [FunctionOutput]
    public class RelayerRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class UnlimitedStockOutputDTO : UnlimitedStockOutputDTOBase { }

    [FunctionOutput]
    public class UnlimitedStockOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }







    public partial class Eip712DomainOutputDTO : Eip712DomainOutputDTOBase { }

    [FunctionOutput]
    public class Eip712DomainOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes1", "fields", 1)]
        public virtual byte[] Fields { get; set; }
        [Parameter("string", "name", 2)]
        public virtual string Name { get; set; }
        [Parameter("string", "version", 3)]
        public virtual string Version { get; set; }
        [Parameter("uint256", "chainId", 4)]
        public virtual BigInteger ChainId { get; set; }
        [Parameter("address", "verifyingContract", 5)]
        public virtual string VerifyingContract { get; set; }
        [Parameter("bytes32", "salt", 6)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256[]", "extensions", 7)]
        public virtual List<BigInteger> Extensions { get; set; }
    }

    public partial class GetRewardOutputDTO : GetRewardOutputDTOBase { }

    [FunctionOutput]
    public class GetRewardOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Reward ReturnValue1 { get; set; }
    }

    public partial class GetRoleAdminOutputDTO : GetRoleAdminOutputDTOBase { }

    [FunctionOutput]
    public class GetRoleAdminOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }



    public partial class HasRoleOutputDTO : HasRoleOutputDTOBase { }

    [FunctionOutput]
    public class HasRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class NoncesOutputDTO : NoncesOutputDTOBase { }

    [FunctionOutput]
    public class NoncesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class RedemptionCountOutputDTO : RedemptionCountOutputDTOBase { }

    [FunctionOutput]
    public class RedemptionCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RedemptionDigestOutputDTO : RedemptionDigestOutputDTOBase { }

    [FunctionOutput]
    public class RedemptionDigestOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }





    public partial class RewardCountOutputDTO : RewardCountOutputDTOBase { }

    [FunctionOutput]
    public class RewardCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TokenOutputDTO : TokenOutputDTOBase { }

    [FunctionOutput]
    public class TokenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }


}
