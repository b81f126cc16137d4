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

namespace CityToken.Contracts.CivicToken.ContractDefinition
{


    public partial class CivicTokenDeployment : CivicTokenDeploymentBase
    {
        public CivicTokenDeployment() : base(BYTECODE) { }
        public CivicTokenDeployment(string byteCode) : base(byteCode) { }
    }

    public class CivicTokenDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "610160604052348015610010575f5ffd5b5060405161266038038061266083398101604081905261002f91610389565b6040805180820190915260018152603160f81b602082015283908190818560036100598382610492565b5060046100668282610492565b505050610078826101f960201b60201c565b61012052610085816101f9565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03811661014257604051631df0835560e21b815260040160405180910390fd5b61014c5f8261023f565b506101777f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68261023f565b506101a27f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8261023f565b50600b80546001600160c01b03191660016201518160801b031790556101cb620151804261054c565b600c60106101000a8154816001600160401b0302191690836001600160401b031602179055505050506105c3565b5f5f829050601f8151111561022c578260405163305a27a960e01b8152600401610223919061056b565b60405180910390fd5b8051610237826105a0565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166102e3575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561029b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102e6565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261030f575f5ffd5b81516001600160401b03811115610328576103286102ec565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610356576103566102ec565b60405281815283820160200185101561036d575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f6060848603121561039b575f5ffd5b83516001600160401b038111156103b0575f5ffd5b6103bc86828701610300565b602086015190945090506001600160401b038111156103d9575f5ffd5b6103e586828701610300565b604086015190935090506001600160a01b0381168114610403575f5ffd5b809150509250925092565b600181811c9082168061042257607f821691505b60208210810361044057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561048d57805f5260205f20601f840160051c8101602085101561046b5750805b601f840160051c820191505b8181101561048a575f8155600101610477565b50505b505050565b81516001600160401b038111156104ab576104ab6102ec565b6104bf816104b9845461040e565b84610446565b6020601f8211600181146104f1575f83156104da5750848201515b5f19600385901b1c1916600184901b17845561048a565b5f84815260208120601f198516915b828110156105205787850151825560209485019460019092019101610500565b508482101561053d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f8261056657634e487b7160e01b5f52601260045260245ffd5b500490565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610440575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161204c6106145f395f6115d501525f6115aa01525f6111fb01525f6111d301525f61112e01525f61115801525f611182015261204c5ff3fe608060405234801561000f575f5ffd5b5060043610610255575f3560e01c806370a082311161014057806395d89b41116100bf578063d539139311610084578063d53913931461052d578063d547741f14610554578063dd62ed3e14610567578063e63ab1e91461059f578063fc42db84146105c6578063fcc7994a146105ce575f5ffd5b806395d89b41146104e5578063a217fddf146104ed578063a9059cbb146104f4578063aeea896a14610507578063d505accf1461051a575f5ffd5b80637ecebe00116101055780637ecebe0014610489578063801ae66f1461049c5780638456cb59146104af57806384b0196e146104b757806391d14854146104d2575f5ffd5b806370a082311461042157806374cfc2871461044957806376c71ca11461045157806379cc67901461046c5780637da1d08a1461047f575f5ffd5b80633644e515116101d757806340c10f191161019c57806340c10f191461039b57806342966c68146103ae5780634c498203146103c157806353bf516d146103ed5780635c101e66146103f55780635c975abb1461040f575f5ffd5b80633644e5151461035257806336568abe1461035a57806338f668d11461036d5780633c074ad7146103805780633f4ba83a14610393575f5ffd5b80631ef9238d1161021d5780631ef9238d146102e657806323b872dd146102fb578063248a9ca31461030e5780632f2ff15d14610330578063313ce56714610343575f5ffd5b806301ffc9a71461025957806306fdde0314610281578063095ea7b31461029657806318160ddd146102a95780631a2f7167146102bb575b5f5ffd5b61026c610267366004611b5e565b6105e1565b60405190151581526020015b60405180910390f35b610289610617565b6040516102789190611bb3565b61026c6102a4366004611be0565b6106a7565b6002545b604051908152602001610278565b61026c6102c9366004611c08565b6001600160a01b03165f908152600a602052604090205460ff1690565b6102f96102f4366004611c21565b6106be565b005b61026c610309366004611c47565b61072b565b6102ad61031c366004611c81565b5f9081526008602052604090206001015490565b6102f961033e366004611c98565b610750565b60405160128152602001610278565b6102ad61077a565b6102f9610368366004611c98565b610788565b61026c61037b366004611c81565b6107c0565b6102f961038e366004611d09565b6107e2565b6102f9610965565b6102f96103a9366004611be0565b6109fd565b6102f96103bc366004611c81565b610a3a565b600b54600160801b90046001600160401b03165b6040516001600160401b039091168152602001610278565b6102ad610a47565b600b54600160c01b900460ff166040516102789190611db4565b600b54600160c81b900460ff1661026c565b6102ad61042f366004611c08565b6001600160a01b03165f9081526020819052604090205490565b6102ad610a93565b600b546040516001600160801b039091168152602001610278565b6102f961047a366004611be0565b610aca565b6103d56201518081565b6102ad610497366004611c08565b610ae3565b6102f96104aa366004611dc2565b610b00565b6102f9610b90565b6104bf610c28565b6040516102789796959493929190611dfb565b61026c6104e0366004611c98565b610c6a565b610289610c94565b6102ad5f81565b61026c610502366004611be0565b610ca3565b6102f9610515366004611e91565b610cb0565b6102f9610528366004611eaf565b610d20565b6102ad7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6102f9610562366004611c98565b610e56565b6102ad610575366004611f1c565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102ad7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6103d5610e7a565b6102f96105dc366004611f44565b610e99565b5f6001600160e01b03198216637965db0b60e01b148061061157506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606003805461062690611f6a565b80601f016020809104026020016040519081016040528092919081815260200182805461065290611f6a565b801561069d5780601f106106745761010080835404028352916020019161069d565b820191905f5260205f20905b81548152906001019060200180831161068057829003601f168201915b5050505050905090565b5f336106b4818585610fa7565b5060019392505050565b5f6106c881610fb4565b600b80546001600160801b038481166001600160801b031983168117909355604080519190921680825260208201939093527fae709e85fc2a37f30b129aaa4aaf61d24166600ebbf2d6d2561fee0e72fd71c191015b60405180910390a1505050565b5f33610738858285610fbe565b610743858585611034565b60019150505b9392505050565b5f8281526008602052604090206001015461076a81610fb4565b6107748383611091565b50505050565b5f610783611122565b905090565b6001600160a01b03811633146107b15760405163334bd91960e11b815260040160405180910390fd5b6107bb828261124b565b505050565b600881901c5f90815260096020526040812054600160ff84161b161515610611565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661080c81610fb4565b8561082a57604051630b31963360e31b815260040160405180910390fd5b835f81900361084c5760405163fbb3f2b560e01b815260040160405180910390fd5b80831461087b57604051631f69fe9d60e01b815260048101829052602481018490526044015b60405180910390fd5b600887901c5f90815260096020526040902054600160ff89161b16156108b75760405163820b624d60e01b815260048101889052602401610872565b600b54600160c81b900460ff16156108e257604051636518bebb60e11b815260040160405180910390fd5b600887901c5f9081526009602052604081208054600160ff8b161b17905561090c878787876112b6565b9050610917816113d8565b610920816113ff565b604080518381526020810183905289917f0d07997bc5f20c55da27d673ddfbb50975cbb3fafacd95c6d294cb03352b922f910160405180910390a25050505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61098f81610fb4565b600b54600160c81b900460ff166109b95760405163273073e960e11b815260040160405180910390fd5b600b805460ff60c81b191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6610a2781610fb4565b610a30826113ff565b6107bb838361153b565b610a44338261156f565b50565b600c545f90600160801b90046001600160401b0316610a64610e7a565b6001600160401b031614610a78575f610a85565b600c546001600160801b03165b6001600160801b0316905090565b600b545f906001600160801b031681610aaa610a47565b9050818110610ab9575f610ac3565b610ac38183611fb6565b9250505090565b610ad5823383610fbe565b610adf828261156f565b5050565b6001600160a01b0381165f90815260076020526040812054610611565b5f610b0a81610fb4565b6001600160a01b038316610b3157604051635449a9a160e01b815260040160405180910390fd5b6001600160a01b0383165f818152600a6020908152604091829020805460ff191686151590811790915591519182527f72dc6646d06cd7edf9697c0ef5d47658966f3b678efbbacce0b1873eed7f8ad3910160405180910390a2505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610bba81610fb4565b600b54600160c81b900460ff1615610be557604051636518bebb60e11b815260040160405180910390fd5b600b805460ff60c81b1916600160c81b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258906020016109f2565b5f6060805f5f5f6060610c396115a3565b610c416115ce565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461062690611f6a565b5f336106b4818585611034565b5f610cba81610fb4565b600b8054600160c01b80820460ff16928592909160ff60c01b1990911690836001811115610cea57610cea611d80565b02179055507fa21f86a490bd910f8062f2ab93b391a8af73a1e4c8680b9f4111eb79d5606dc2818460405161071e929190611fc9565b83421115610d445760405163313c898160e11b815260048101859052602401610872565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610d8f8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610de9826115f9565b90505f610df882878787611625565b9050896001600160a01b0316816001600160a01b031614610e3f576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610872565b610e4a8a8a8a610fa7565b50505050505050505050565b5f82815260086020526040902060010154610e7081610fb4565b610774838361124b565b600b545f9061078390600160801b90046001600160401b031642611fe4565b5f610ea381610fb4565b816001600160401b03165f03610ecc5760405163f2e5618960e01b815260040160405180910390fd5b600b54600c546001600160401b03600160801b9283900481169290910416610ef48242611fe4565b6001600160401b031614610f1357600c80546001600160801b03191690555b600b805467ffffffffffffffff60801b1916600160801b6001600160401b03861690810291909117909155610f489042611fe4565b600c805467ffffffffffffffff60801b1916600160801b6001600160401b039384160217905560408051838316815291851660208301527fd3335568b882f8c419b5b11609c04a7aa3be1065b4f4f5ebf716669d95094cd0910161071e565b6107bb8383836001611651565b610a448133611723565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610774578181101561102657604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610872565b61077484848484035f611651565b6001600160a01b03831661105d57604051634b637e8f60e11b81525f6004820152602401610872565b6001600160a01b0382166110865760405163ec442f0560e01b81525f6004820152602401610872565b6107bb83838361175c565b5f61109c8383610c6a565b61111b575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556110d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610611565b505f610611565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561117a57507f000000000000000000000000000000000000000000000000000000000000000046145b156111a457507f000000000000000000000000000000000000000000000000000000000000000090565b610783604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6112568383610c6a565b1561111b575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610611565b5f6020819052838180878603600584901b8901895b8181101561136f578035838201358015156001600160a01b03600184031016611310578160a01c156112fb575f5ffd5b508b820360051c60010195501515935061136f565b978801978089101561132e57634e487b715f5260116020526024601cfd5b5f8281526040812080548301905590815281907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602082a3506020016112cb565b505050815f146113cd5780156113a65761138a600183611fb6565b60405163c4d0f9c760e01b815260040161087291815260200190565b6113b1600183611fb6565b604051635db85b1360e11b815260040161087291815260200190565b505050949350505050565b600254818101818110156113f857634e487b715f5260116020526024601cfd5b6002555050565b600b546001600160801b038116905f9061142990600160801b90046001600160401b031642611fe4565b600c549091506001600160401b03600160801b9091048116905f9083168214611452575f61145f565b600c546001600160801b03165b6001600160801b031690505f846001600160801b03168210611481575f611494565b611494826001600160801b038716611fb6565b9050808611156114d057604051630d8bf29160e41b815260048101879052602481018290526001600160801b0386166044820152606401610872565b6114da8683612003565b600c80546001600160801b0319166001600160801b03929092169190911790556001600160401b038381169085161461153357600c805467ffffffffffffffff60801b1916600160801b6001600160401b038716021790555b505050505050565b6001600160a01b0382166115645760405163ec442f0560e01b81525f6004820152602401610872565b610adf5f838361175c565b6001600160a01b03821661159857604051634b637e8f60e11b81525f6004820152602401610872565b610adf825f8361175c565b60606107837f0000000000000000000000000000000000000000000000000000000000000000611854565b60606107837f0000000000000000000000000000000000000000000000000000000000000000611854565b5f610611611605611122565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f61163588888888611891565b9250925092506116458282611959565b50909695505050505050565b6001600160a01b03841661167a5760405163e602df0560e01b81525f6004820152602401610872565b6001600160a01b0383166116a357604051634a1406b160e11b81525f6004820152602401610872565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561077457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161171591815260200190565b60405180910390a350505050565b61172d8282610c6a565b610adf5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610872565b600b54600160c81b900460ff161561178757604051636518bebb60e11b815260040160405180910390fd5b6001600160a01b038316158015906117a757506001600160a01b03821615155b80156117d057506001600b54600160c01b900460ff1660018111156117ce576117ce611d80565b145b80156117f457506001600160a01b0383165f908152600a602052604090205460ff16155b801561181857506001600160a01b0382165f908152600a602052604090205460ff16155b1561184957604051638665b9cf60e01b81526001600160a01b03808516600483015283166024820152604401610872565b6107bb838383611a11565b60605f61186083611b37565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156118ca57505f9150600390508261194f565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561191b573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661194657505f92506001915082905061194f565b92505f91508190505b9450945094915050565b5f82600381111561196c5761196c611d80565b03611975575050565b600182600381111561198957611989611d80565b036119a75760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156119bb576119bb611d80565b036119dc5760405163fce698f760e01b815260048101829052602401610872565b60038260038111156119f0576119f0611d80565b03610adf576040516335e2f38360e21b815260048101829052602401610872565b6001600160a01b038316611a3b578060025f828254611a309190612003565b90915550611aab9050565b6001600160a01b0383165f9081526020819052604090205481811015611a8d5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610872565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611ac757600280548290039055611ae5565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051611b2a91815260200190565b60405180910390a3505050565b5f60ff8216601f81111561061157604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215611b6e575f5ffd5b81356001600160e01b031981168114610749575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107496020830184611b85565b80356001600160a01b0381168114611bdb575f5ffd5b919050565b5f5f60408385031215611bf1575f5ffd5b611bfa83611bc5565b946020939093013593505050565b5f60208284031215611c18575f5ffd5b61074982611bc5565b5f60208284031215611c31575f5ffd5b81356001600160801b0381168114610749575f5ffd5b5f5f5f60608486031215611c59575f5ffd5b611c6284611bc5565b9250611c7060208501611bc5565b929592945050506040919091013590565b5f60208284031215611c91575f5ffd5b5035919050565b5f5f60408385031215611ca9575f5ffd5b82359150611cb960208401611bc5565b90509250929050565b5f5f83601f840112611cd2575f5ffd5b5081356001600160401b03811115611ce8575f5ffd5b6020830191508360208260051b8501011115611d02575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611d1d575f5ffd5b8535945060208601356001600160401b03811115611d39575f5ffd5b611d4588828901611cc2565b90955093505060408601356001600160401b03811115611d63575f5ffd5b611d6f88828901611cc2565b969995985093965092949392505050565b634e487b7160e01b5f52602160045260245ffd5b60028110611db057634e487b7160e01b5f52602160045260245ffd5b9052565b602081016106118284611d94565b5f5f60408385031215611dd3575f5ffd5b611ddc83611bc5565b915060208301358015158114611df0575f5ffd5b809150509250929050565b60ff60f81b8816815260e060208201525f611e1960e0830189611b85565b8281036040840152611e2b8189611b85565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611e80578351835260209384019390920191600101611e62565b50909b9a5050505050505050505050565b5f60208284031215611ea1575f5ffd5b813560028110610749575f5ffd5b5f5f5f5f5f5f5f60e0888a031215611ec5575f5ffd5b611ece88611bc5565b9650611edc60208901611bc5565b95506040880135945060608801359350608088013560ff81168114611eff575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611f2d575f5ffd5b611f3683611bc5565b9150611cb960208401611bc5565b5f60208284031215611f54575f5ffd5b81356001600160401b0381168114610749575f5ffd5b600181811c90821680611f7e57607f821691505b602082108103611f9c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561061157610611611fa2565b60408101611fd78285611d94565b6107496020830184611d94565b5f82611ffe57634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561061157610611611fa256fea26469706673582212200a9fa2e04cad042a7ff1b38e721a4f6493cfd3f33b5c24008b06b8f0fc26ef2564736f6c634300081c0033";
        public CivicTokenDeploymentBase() : base(BYTECODE) { }
        public CivicTokenDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("string", "name_", 1)]
        public virtual string Name { get; set; }
        [Parameter("string", "symbol_", 2)]
        public virtual string Symbol { get; set; }
        [Parameter("address", "admin", 3)]
        public virtual string Admin { get; set; }
    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultMintPeriodFunction : DefaultMintPeriodFunctionBase { }

    [Function("DEFAULT_MINT_PERIOD", "uint64")]
    public class DefaultMintPeriodFunctionBase : FunctionMessage
    {

    }

    public partial class DomainSeparatorFunction : DomainSeparatorFunctionBase { }

    [Function("DOMAIN_SEPARATOR", "bytes32")]
    public class DomainSeparatorFunctionBase : FunctionMessage
    {

    }

    public partial class MinterRoleFunction : MinterRoleFunctionBase { }

    [Function("MINTER_ROLE", "bytes32")]
    public class MinterRoleFunctionBase : FunctionMessage
    {

    }

    public partial class PauserRoleFunction : PauserRoleFunctionBase { }

    [Function("PAUSER_ROLE", "bytes32")]
    public class PauserRoleFunctionBase : FunctionMessage
    {

    }

    public partial class AllowanceFunction : AllowanceFunctionBase { }

    [Function("allowance", "uint256")]
    public class AllowanceFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2)]
        public virtual string Spender { get; set; }
    }

    public partial class ApproveFunction : ApproveFunctionBase { }

    [Function("approve", "bool")]
    public class ApproveFunctionBase : FunctionMessage
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class BurnFunction : BurnFunctionBase { }

    [Function("burn")]
    public class BurnFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "value", 1)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class BurnFromFunction : BurnFromFunctionBase { }

    [Function("burnFrom")]
    public class BurnFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class CurrentMintPeriodFunction : CurrentMintPeriodFunctionBase { }

    [Function("currentMintPeriod", "uint64")]
    public class CurrentMintPeriodFunctionBase : FunctionMessage
    {

    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class Eip712DomainFunction : Eip712DomainFunctionBase { }

    [Function("eip712Domain", typeof(Eip712DomainOutputDTO))]
    public class Eip712DomainFunctionBase : FunctionMessage
    {

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

    public partial class IsBatchMintedFunction : IsBatchMintedFunctionBase { }

    [Function("isBatchMinted", "bool")]
    public class IsBatchMintedFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "batchId", 1)]
        public virtual byte[] BatchId { get; set; }
    }

    public partial class IsMerchantFunction : IsMerchantFunctionBase { }

    [Function("isMerchant", "bool")]
    public class IsMerchantFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class MintFunction : MintFunctionBase { }

    [Function("mint")]
    public class MintFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class MintBatchFunction : MintBatchFunctionBase { }

    [Function("mintBatch")]
    public class MintBatchFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "batchId", 1)]
        public virtual byte[] BatchId { get; set; }
        [Parameter("address[]", "recipients", 2)]
        public virtual List<string> Recipients { get; set; }
        [Parameter("uint256[]", "amounts", 3)]
        public virtual List<BigInteger> Amounts { get; set; }
    }

    public partial class MintCapFunction : MintCapFunctionBase { }

    [Function("mintCap", "uint128")]
    public class MintCapFunctionBase : FunctionMessage
    {

    }

    public partial class MintPeriodFunction : MintPeriodFunctionBase { }

    [Function("mintPeriod", "uint64")]
    public class MintPeriodFunctionBase : FunctionMessage
    {

    }

    public partial class MintedInCurrentPeriodFunction : MintedInCurrentPeriodFunctionBase { }

    [Function("mintedInCurrentPeriod", "uint256")]
    public class MintedInCurrentPeriodFunctionBase : FunctionMessage
    {

    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class NoncesFunction : NoncesFunctionBase { }

    [Function("nonces", "uint256")]
    public class NoncesFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class PauseFunction : PauseFunctionBase { }

    [Function("pause")]
    public class PauseFunctionBase : FunctionMessage
    {

    }

    public partial class PausedFunction : PausedFunctionBase { }

    [Function("paused", "bool")]
    public class PausedFunctionBase : FunctionMessage
    {

    }

    public partial class PermitFunction : PermitFunctionBase { }

    [Function("permit")]
    public class PermitFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 3)]
        public virtual BigInteger Value { get; set; }
        [Parameter("uint256", "deadline", 4)]
        public virtual BigInteger Deadline { get; set; }
        [Parameter("uint8", "v", 5)]
        public virtual byte V { get; set; }
        [Parameter("bytes32", "r", 6)]
        public virtual byte[] R { get; set; }
        [Parameter("bytes32", "s", 7)]
        public virtual byte[] S { get; set; }
    }

    public partial class RemainingMintAllowanceFunction : RemainingMintAllowanceFunctionBase { }

    [Function("remainingMintAllowance", "uint256")]
    public class RemainingMintAllowanceFunctionBase : FunctionMessage
    {

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

    public partial class SetMerchantFunction : SetMerchantFunctionBase { }

    [Function("setMerchant")]
    public class SetMerchantFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bool", "isMerchant_", 2)]
        public virtual bool Ismerchant { get; set; }
    }

    public partial class SetMintCapFunction : SetMintCapFunctionBase { }

    [Function("setMintCap")]
    public class SetMintCapFunctionBase : FunctionMessage
    {
        [Parameter("uint128", "newCap", 1)]
        public virtual BigInteger NewCap { get; set; }
    }

    public partial class SetMintPeriodFunction : SetMintPeriodFunctionBase { }

    [Function("setMintPeriod")]
    public class SetMintPeriodFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "newPeriod", 1)]
        public virtual ulong NewPeriod { get; set; }
    }

    public partial class SetTransferPolicyFunction : SetTransferPolicyFunctionBase { }

    [Function("setTransferPolicy")]
    public class SetTransferPolicyFunctionBase : FunctionMessage
    {
        [Parameter("uint8", "newPolicy", 1)]
        public virtual byte NewPolicy { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class SymbolFunction : SymbolFunctionBase { }

    [Function("symbol", "string")]
    public class SymbolFunctionBase : FunctionMessage
    {

    }

    public partial class TotalSupplyFunction : TotalSupplyFunctionBase { }

    [Function("totalSupply", "uint256")]
    public class TotalSupplyFunctionBase : FunctionMessage
    {

    }

    public partial class TransferFunction : TransferFunctionBase { }

    [Function("transfer", "bool")]
    public class TransferFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferFromFunction : TransferFromFunctionBase { }

    [Function("transferFrom", "bool")]
    public class TransferFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferPolicyFunction : TransferPolicyFunctionBase { }

    [Function("transferPolicy", "uint8")]
    public class TransferPolicyFunctionBase : FunctionMessage
    {

    }

    public partial class UnpauseFunction : UnpauseFunctionBase { }

    [Function("unpause")]
    public class UnpauseFunctionBase : FunctionMessage
    {

    }

    public partial class ApprovalEventDTO : ApprovalEventDTOBase { }

    [Event("Approval")]
    public class ApprovalEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2, true )]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class EIP712DomainChangedEventDTO : EIP712DomainChangedEventDTOBase { }

    [Event("EIP712DomainChanged")]
    public class EIP712DomainChangedEventDTOBase : IEventDTO
    {
    }

    public partial class MerchantUpdatedEventDTO : MerchantUpdatedEventDTOBase { }

    [Event("MerchantUpdated")]
    public class MerchantUpdatedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("bool", "isMerchant", 2, false )]
        public virtual bool IsMerchant { get; set; }
    }

    public partial class MintCapChangedEventDTO : MintCapChangedEventDTOBase { }

    [Event("MintCapChanged")]
    public class MintCapChangedEventDTOBase : IEventDTO
    {
        [Parameter("uint128", "previousCap", 1, false )]
        public virtual BigInteger PreviousCap { get; set; }
        [Parameter("uint128", "newCap", 2, false )]
        public virtual BigInteger NewCap { get; set; }
    }

    public partial class MintPeriodChangedEventDTO : MintPeriodChangedEventDTOBase { }

    [Event("MintPeriodChanged")]
    public class MintPeriodChangedEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "previousPeriod", 1, false )]
        public virtual ulong PreviousPeriod { get; set; }
        [Parameter("uint64", "newPeriod", 2, false )]
        public virtual ulong NewPeriod { get; set; }
    }

    public partial class PausedEventDTO : PausedEventDTOBase { }

    [Event("Paused")]
    public class PausedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, false )]
        public virtual string Account { get; set; }
    }

    public partial class RewardBatchMintedEventDTO : RewardBatchMintedEventDTOBase { }

    [Event("RewardBatchMinted")]
    public class RewardBatchMintedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "batchId", 1, true )]
        public virtual byte[] BatchId { get; set; }
        [Parameter("uint256", "count", 2, false )]
        public virtual BigInteger Count { get; set; }
        [Parameter("uint256", "total", 3, false )]
        public virtual BigInteger Total { get; set; }
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

    public partial class TransferEventDTO : TransferEventDTOBase { }

    [Event("Transfer")]
    public class TransferEventDTOBase : IEventDTO
    {
        [Parameter("address", "from", 1, true )]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferPolicyChangedEventDTO : TransferPolicyChangedEventDTOBase { }

    [Event("TransferPolicyChanged")]
    public class TransferPolicyChangedEventDTOBase : IEventDTO
    {
        [Parameter("uint8", "previousPolicy", 1, false )]
        public virtual byte PreviousPolicy { get; set; }
        [Parameter("uint8", "newPolicy", 2, false )]
        public virtual byte NewPolicy { get; set; }
    }

    public partial class UnpausedEventDTO : UnpausedEventDTOBase { }

    [Event("Unpaused")]
    public class UnpausedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, false )]
        public virtual string Account { get; set; }
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

    public partial class CivicTokenBatchAlreadyMintedError : CivicTokenBatchAlreadyMintedErrorBase { }

    [Error("CivicTokenBatchAlreadyMinted")]
    public class CivicTokenBatchAlreadyMintedErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "batchId", 1)]
        public virtual byte[] BatchId { get; set; }
    }

    public partial class CivicTokenBatchLengthMismatchError : CivicTokenBatchLengthMismatchErrorBase { }

    [Error("CivicTokenBatchLengthMismatch")]
    public class CivicTokenBatchLengthMismatchErrorBase : IErrorDTO
    {
        [Parameter("uint256", "recipients", 1)]
        public virtual BigInteger Recipients { get; set; }
        [Parameter("uint256", "amounts", 2)]
        public virtual BigInteger Amounts { get; set; }
    }

    public partial class CivicTokenEmptyBatchError : CivicTokenEmptyBatchErrorBase { }
    [Error("CivicTokenEmptyBatch")]
    public class CivicTokenEmptyBatchErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenMintCapExceededError : CivicTokenMintCapExceededErrorBase { }

    [Error("CivicTokenMintCapExceeded")]
    public class CivicTokenMintCapExceededErrorBase : IErrorDTO
    {
        [Parameter("uint256", "requested", 1)]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "remaining", 2)]
        public virtual BigInteger Remaining { get; set; }
        [Parameter("uint256", "cap", 3)]
        public virtual BigInteger Cap { get; set; }
    }

    public partial class CivicTokenNotPausedError : CivicTokenNotPausedErrorBase { }
    [Error("CivicTokenNotPaused")]
    public class CivicTokenNotPausedErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenPausedError : CivicTokenPausedErrorBase { }
    [Error("CivicTokenPaused")]
    public class CivicTokenPausedErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenTransferNotAllowedError : CivicTokenTransferNotAllowedErrorBase { }

    [Error("CivicTokenTransferNotAllowed")]
    public class CivicTokenTransferNotAllowedErrorBase : IErrorDTO
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
    }

    public partial class CivicTokenZeroAdminError : CivicTokenZeroAdminErrorBase { }
    [Error("CivicTokenZeroAdmin")]
    public class CivicTokenZeroAdminErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenZeroAmountError : CivicTokenZeroAmountErrorBase { }

    [Error("CivicTokenZeroAmount")]
    public class CivicTokenZeroAmountErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
    }

    public partial class CivicTokenZeroBatchIdError : CivicTokenZeroBatchIdErrorBase { }
    [Error("CivicTokenZeroBatchId")]
    public class CivicTokenZeroBatchIdErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenZeroMerchantError : CivicTokenZeroMerchantErrorBase { }
    [Error("CivicTokenZeroMerchant")]
    public class CivicTokenZeroMerchantErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenZeroMintPeriodError : CivicTokenZeroMintPeriodErrorBase { }
    [Error("CivicTokenZeroMintPeriod")]
    public class CivicTokenZeroMintPeriodErrorBase : IErrorDTO
    {
    }

    public partial class CivicTokenZeroRecipientError : CivicTokenZeroRecipientErrorBase { }

    [Error("CivicTokenZeroRecipient")]
    public class CivicTokenZeroRecipientErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
    }

    public partial class ECDSAInvalidSignatureError : ECDSAInvalidSignatureErrorBase { }
    [Error("ECDSAInvalidSignature")]
    public class ECDSAInvalidSignatureErrorBase : IErrorDTO
    {
    }

    public partial class ECDSAInvalidSignatureLengthError : ECDSAInvalidSignatureLengthErrorBase { }

    [Error("ECDSAInvalidSignatureLength")]
    public class ECDSAInvalidSignatureLengthErrorBase : IErrorDTO
    {
        [Parameter("uint256", "length", 1)]
        public virtual BigInteger Length { get; set; }
    }

    public partial class ECDSAInvalidSignatureSError : ECDSAInvalidSignatureSErrorBase { }

    [Error("ECDSAInvalidSignatureS")]
    public class ECDSAInvalidSignatureSErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "s", 1)]
        public virtual byte[] S { get; set; }
    }

    public partial class ERC20InsufficientAllowanceError : ERC20InsufficientAllowanceErrorBase { }

    [Error("ERC20InsufficientAllowance")]
    public class ERC20InsufficientAllowanceErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "allowance", 2)]
        public virtual BigInteger Allowance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InsufficientBalanceError : ERC20InsufficientBalanceErrorBase { }

    [Error("ERC20InsufficientBalance")]
    public class ERC20InsufficientBalanceErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InvalidApproverError : ERC20InvalidApproverErrorBase { }

    [Error("ERC20InvalidApprover")]
    public class ERC20InvalidApproverErrorBase : IErrorDTO
    {
        [Parameter("address", "approver", 1)]
        public virtual string Approver { get; set; }
    }

    public partial class ERC20InvalidReceiverError : ERC20InvalidReceiverErrorBase { }

    [Error("ERC20InvalidReceiver")]
    public class ERC20InvalidReceiverErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
    }

    public partial class ERC20InvalidSenderError : ERC20InvalidSenderErrorBase { }

    [Error("ERC20InvalidSender")]
    public class ERC20InvalidSenderErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
    }

    public partial class ERC20InvalidSpenderError : ERC20InvalidSpenderErrorBase { }

    [Error("ERC20InvalidSpender")]
    public class ERC20InvalidSpenderErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
    }

    public partial class ERC2612ExpiredSignatureError : ERC2612ExpiredSignatureErrorBase { }

    [Error("ERC2612ExpiredSignature")]
    public class ERC2612ExpiredSignatureErrorBase : IErrorDTO
    {
        [Parameter("uint256", "deadline", 1)]
        public virtual BigInteger Deadline { get; set; }
    }

    public partial class ERC2612InvalidSignerError : ERC2612InvalidSignerErrorBase { }

    [Error("ERC2612InvalidSigner")]
    public class ERC2612InvalidSignerErrorBase : IErrorDTO
    {
        [Parameter("address", "signer", 1)]
        public virtual string Signer { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
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

    public partial class StringTooLongError : StringTooLongErrorBase { }

    [Error("StringTooLong")]
    public class StringTooLongErrorBase : IErrorDTO
    {
        [Parameter("string", "str", 1)]
        public virtual string Str { get; set; }
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DefaultMintPeriodOutputDTO : DefaultMintPeriodOutputDTOBase { }

    [FunctionOutput]
    public class DefaultMintPeriodOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class DomainSeparatorOutputDTO : DomainSeparatorOutputDTOBase { }

    [FunctionOutput]
    public class DomainSeparatorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class MinterRoleOutputDTO : MinterRoleOutputDTOBase { }

    [FunctionOutput]
    public class MinterRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class PauserRoleOutputDTO : PauserRoleOutputDTOBase { }

    [FunctionOutput]
    public class PauserRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class AllowanceOutputDTO : AllowanceOutputDTOBase { }

    [FunctionOutput]
    public class AllowanceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class BalanceOfOutputDTO : BalanceOfOutputDTOBase { }

    [FunctionOutput]
    public class BalanceOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class CurrentMintPeriodOutputDTO : CurrentMintPeriodOutputDTOBase { }

    [FunctionOutput]
    public class CurrentMintPeriodOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
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

    public partial class IsBatchMintedOutputDTO : IsBatchMintedOutputDTOBase { }

    [FunctionOutput]
    public class IsBatchMintedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class IsMerchantOutputDTO : IsMerchantOutputDTOBase { }

    [FunctionOutput]
    public class IsMerchantOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }





    public partial class MintCapOutputDTO : MintCapOutputDTOBase { }

    [FunctionOutput]
    public class MintCapOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint128", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MintPeriodOutputDTO : MintPeriodOutputDTOBase { }

    [FunctionOutput]
    public class MintPeriodOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MintedInCurrentPeriodOutputDTO : MintedInCurrentPeriodOutputDTOBase { }

    [FunctionOutput]
    public class MintedInCurrentPeriodOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class NameOutputDTO : NameOutputDTOBase { }

    [FunctionOutput]
    public class NameOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class NoncesOutputDTO : NoncesOutputDTOBase { }

    [FunctionOutput]
    public class NoncesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class PausedOutputDTO : PausedOutputDTOBase { }

    [FunctionOutput]
    public class PausedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }



    public partial class RemainingMintAllowanceOutputDTO : RemainingMintAllowanceOutputDTOBase { }

    [FunctionOutput]
    public class RemainingMintAllowanceOutputDTOBase : IFunctionOutputDTO 
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

    public partial class SymbolOutputDTO : SymbolOutputDTOBase { }

    [FunctionOutput]
    public class SymbolOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TotalSupplyOutputDTO : TotalSupplyOutputDTOBase { }

    [FunctionOutput]
    public class TotalSupplyOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class TransferPolicyOutputDTO : TransferPolicyOutputDTOBase { }

    [FunctionOutput]
    public class TransferPolicyOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }


}
