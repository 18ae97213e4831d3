	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 48(x30)
	ld x3, 48(x30)
	ld x4, 16(x30)
	ld x5, 56(x30)
	ld x6, 32(x30)
	ld x7, 184(x30)
	ld x8, 176(x30)
	ld x9, 208(x30)
	ld x10, 0(x30)
	ld x11, 64(x30)
	ld x12, 160(x30)
	ld x13, 24(x30)
	ld x14, 168(x30)
	ld x15, 88(x30)
	ld x16, 48(x30)
	ld x17, 48(x30)
	ld x18, 136(x30)
	ld x19, 128(x30)
	ld x20, 160(x30)
	ld x21, 64(x30)
	ld x22, 48(x30)
	ld x23, 120(x30)
	ld x24, 168(x30)
	ld x25, 64(x30)
	ld x26, 120(x30)
	ld x27, 184(x30)
	ld x28, 144(x30)
	ld x29, 8(x30)
	ld x30, 40(x30)
	la x30, dvals
	fld f0, 112(x30)
	fld f1, 224(x30)
	fld f2, 32(x30)
	flw f3, 324(x30)
	fld f4, 168(x30)
	fld f5, 24(x30)
	fld f6, 200(x30)
	fld f7, 56(x30)
	fld f8, 192(x30)
	fld f9, 184(x30)
	fld f10, 16(x30)
	fld f11, 32(x30)
	fld f12, 224(x30)
	fld f13, 56(x30)
	flw f14, 312(x30)
	flw f15, 308(x30)
	fld f16, 232(x30)
	fld f17, 56(x30)
	flw f18, 392(x30)
	flw f19, 316(x30)
	flw f20, 316(x30)
	fld f21, 296(x30)
	fld f22, 240(x30)
	fld f23, 112(x30)
	fld f24, 328(x30)
	fld f25, 192(x30)
	fld f26, 152(x30)
	fld f27, 176(x30)
	fld f28, 72(x30)
	fld f29, 184(x30)
	flw f30, 332(x30)
	fld f31, 316(x30)
	remw x15, x20, x24
	addi x30, x31, 1848
	amoadd.d.aqrl x0, x12, (x30)
	fcvt.wu.d x24, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	lbu x1, 763(x31)
	c.swsp x9, 196(sp)
	c.sdsp x10, 0(sp)
	addiw x29, x20, -1
	subw x9, x7, x9
	rem x13, x21, x12
	xori x9, x29, -1389
	sub x8, x6, x29
	fmv.x.w x22, f2
	mulhu x23, x5, x13
	slti x11, x19, 2047
	la x30, 1f
	c.jr x30
	addw x26, x25, x0
1:
	rem x21, x28, x24
	fcvt.d.lu f5, x14, rtz
	div x12, x0, x9
	lbu x15, 480(x2)
	c.fsdsp f1, 168(sp)
	lh x3, 249(x31)
	beq x14, x4, 1f
	add x15, x8, x27
	sub x16, x19, x11
1:
	sll x7, x18, x16
	sb x23, 1027(x31)
	fnmsub.s f14, f6, f7, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	slti x16, x5, 2047
	la x30, dvals
	fld f23, 424(x30)
	la x30, dvals
	fld f28, 408(x30)
	fmul.d f7, f23, f28, rdn
	addi x16, x21, -2048
	la x30, dvals
	fld f30, 552(x30)
	la x30, dvals
	fld f17, 72(x30)
	fmul.d f15, f30, f17, rne
	sub x22, x14, x7
	ori x24, x10, -2048
	addi x30, x31, 1416
	amoand.w.aq x8, x0, (x30)
	mulh x17, x13, x14
	la x30, dvals
	fld f23, 400(x30)
	fle.d x16, f23, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	lb x7, 383(x31)
	mulw x29, x25, x22
	fdiv.d f1, f15, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	fld f29, 264(x30)
	fadd.d f25, f29, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	lw x15, 324(x31)
	la x30, dvals
	fld f12, 40(x30)
	la x30, dvals
	fld f5, 248(x30)
	fmsub.d f15, f12, f5, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	divuw x26, x0, x10
	srli x16, x1, 32
	sraiw x15, x0, 1
	c.swsp x6, 60(sp)
	c.sdsp x15, 360(sp)
	lw x27, 1904(x31)
	sh x11, 250(x31)
	la x30, dvals
	fld f9, 80(x30)
	fmul.d f6, f9, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	fld f23, 440(x30)
	la x30, dvals
	fld f15, 24(x30)
	fadd.d f8, f23, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	subw x23, x10, x18
	lhu x16, 1314(x31)
	remu x0, x29, x10
	addi x30, x31, 448
	amoswap.w x10, x25, (x30)
	fcvt.d.wu f31, x8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	srl x23, x16, x5
	div x22, x4, x3
	sllw x8, x10, x17
	bltu x5, x7, 1f
	sub x25, x20, x21
1:
	c.srli x15, 50
	c.andi x11, -5
	la x30, dvals
	flw f15, 680(x30)
	fcvt.lu.s x14, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	addw x7, x11, x23
	slti x25, x7, 32
	sh x13, 272(x31)
	la x30, dvals
	flw f7, 292(x30)
	la x30, dvals
	flw f1, 680(x30)
	la x30, dvals
	flw f20, 396(x30)
	fmadd.s f10, f7, f1, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	andi x14, x27, 0
	fcvt.d.wu f20, x1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	sraw x14, x4, x18
	addw x28, x27, x17
	la x30, dvals
	fld f23, 520(x30)
	la x30, dvals
	fld f30, 432(x30)
	fsgnjn.d f5, f23, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	sltu x10, x29, x10
	ori x4, x19, 64
	sb x15, 1129(x31)
	fmv.x.w x3, f27
	addi x30, x31, 1440
	amoswap.w.aq x1, x0, (x30)
	add x28, x21, x27
	la x30, dvals
	flw f6, 296(x30)
	fadd.s f12, f5, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	flw f3, 372(x30)
	fcvt.w.s x28, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	sraw x15, x15, x7
	la x30, dvals
	fld f4, 408(x30)
	la x30, dvals
	fld f13, 456(x30)
	fle.d x11, f4, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	mulw x0, x21, x28
	la x30, dvals
	fld f22, 256(x30)
	fadd.d f24, f30, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	ld x12, 176(x31)
	la x30, dvals
	flw f20, 376(x30)
	la x30, dvals
	flw f11, 676(x30)
	feq.s x10, f20, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	flw f4, 628(x30)
	fle.s x26, f4, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	sub x21, x21, x17
	srlw x21, x17, x14
	remuw x26, x26, x12
	fcvt.lu.d x7, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	mulw x20, x10, x0
	fsw f17, 1752(x31)
	and x6, x0, x10
	sltu x16, x15, x0
	mulh x14, x14, x7
	fcvt.wu.d x17, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	beq x20, x17, 1f
	sub x5, x25, x12
	srl x19, x14, x4
1:
	addi x30, x31, 344
	amoor.w x11, x20, (x30)
	fmv.d.x f23, x25
	sra x24, x3, x24
	divw x8, x10, x10
	lui x8, 1
	sh x24, 960(x31)
	auipc x14, 524288
	mv x11, x31
	c.ld x14, 72(x11)
	sll x8, x4, x14
	sltiu x25, x16, 31
	la x30, dvals
	fld f17, 576(x30)
	fadd.d f22, f27, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	bge x1, x16, 1f
	or x4, x24, x9
	sub x15, x19, x8
1:
	lh x4, 732(x31)
	la x30, dvals
	flw f10, 348(x30)
	fmax.s f14, f10, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	bltu x18, x25, 1f
	srlw x16, x6, x4
	sraw x6, x25, x23
1:
	fmin.s f7, f20, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	fld f11, 496(x30)
	la x30, dvals
	fld f6, 416(x30)
	fmsub.d f28, f25, f11, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	sd x22, 1288(x31)
	fsqrt.s f12, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	subw x28, x16, x28
	c.j 1f
	sra x24, x1, x26
1:
	addi x30, x31, 1712
	lr.d.rl x13, (x30)
	sc.d.rl x26, x3, (x30)
	sc.d x26, x25, (x30)
	sltiu x11, x29, 2047
	fmv.w.x f1, x17
	c.slli x26, 23
	jal x9, 1f
	add x19, x13, x13
1:
	la x30, dvals
	flw f13, 668(x30)
	la x30, dvals
	flw f0, 632(x30)
	fsub.s f23, f13, f0, rne
	sltiu x11, x15, 63
	divw x20, x25, x6
	sd x26, 1880(x31)
	lb x19, 1814(x31)
	sltu x6, x20, x27
	sh x26, 1944(x31)
	fcvt.d.lu f22, x11, rdn
	la x30, dvals
	fld f10, 56(x30)
	fmul.d f2, f10, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	or x14, x17, x0
	sltiu x14, x23, -2
	la x30, dvals
	flw f31, 312(x30)
	la x30, dvals
	flw f19, 384(x30)
	fsgnjn.s f0, f31, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	subw x9, x8, x8
	fadd.d f8, f14, f2, rtz
	fcvt.lu.s x9, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	fsub.d f25, f3, f14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	la x30, dvals
	fld f23, 80(x30)
	fclass.d x22, f23
	srli x7, x28, 63
	srliw x7, x8, 31
	addiw x12, x25, 31
	la x30, dvals
	fld f17, 504(x30)
	la x30, dvals
	fld f18, 488(x30)
	fadd.d f17, f17, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	sh x3, 1396(x31)
	lui x4, 1
	xori x16, x23, 32
	c.srli x11, 10
	c.andi x11, 27
	and x20, x14, x25
	la x30, dvals
	fld f30, 264(x30)
	la x30, dvals
	fld f27, 272(x30)
	fdiv.d f5, f30, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	bltu x15, x3, 1f
	slt x13, x1, x28
	sraw x8, x1, x9
1:
	c.lwsp x11, 44(sp)
	c.ldsp x12, 80(sp)
	srai x0, x11, 1
	slliw x21, x14, 31
	jal x7, 1f
	and x0, x16, x6
1:
	sb x6, 1898(x31)
	fdiv.d f13, f18, f21, rmm
	blt x14, x27, 1f
	srl x29, x10, x19
1:
	fsgnj.d f30, f21, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	ori x16, x8, -1
	la x30, dvals
	flw f16, 592(x30)
	fsub.s f16, f21, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	ld x4, 176(x31)
	srli x24, x25, 33
	sraiw x11, x6, 0
	or x13, x27, x13
	mulhsu x26, x8, x11
	la x30, dvals
	flw f11, 288(x30)
	fmax.s f11, f14, f11
	sub x25, x25, x8
	slt x4, x14, x20
	srl x25, x3, x14
	lhu x17, 610(x31)
	remw x11, x3, x14
	fclass.s x25, f0
	add x24, x26, x28
	addw x6, x24, x0
	fmv.x.d x23, f9
	sh x13, 812(x31)
	fcvt.l.d x7, f9, rup
	remw x22, x28, x24
	la x30, dvals
	flw f25, 376(x30)
	fadd.s f27, f25, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	fsd f31, 0(x31)
	fsrmi x15, 2
	sltiu x8, x5, -849
	addw x14, x22, x25
	csrrwi x10, frm, 2
	div x18, x22, x7
	fcvt.s.d f24, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	flw f18, 368(x30)
	flt.s x3, f23, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	sw x21, 972(x31)
	c.li x28, -29
	c.lui x28, 27
	la x30, dvals
	fld f10, 400(x30)
	fcvt.l.d x6, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	srai x3, x14, 33
	sraiw x13, x16, 2
	divw x3, x0, x6
	fsqrt.d f26, f2, dyn
	la x30, 1f
	jalr x16, 1(x30)
	slt x8, x29, x7
1:
	addw x6, x15, x27
	bge x8, x7, 1f
	addw x10, x11, x15
1:
	auipc x27, 524287
	la x30, dvals
	flw f5, 616(x30)
	fle.s x7, f5, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	xori x14, x13, 2047
	la x30, dvals
	flw f4, 672(x30)
	la x30, dvals
	flw f17, 652(x30)
	fsgnjx.s f8, f4, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	add x20, x5, x16
	la x30, dvals
	flw f13, 676(x30)
	fmadd.s f26, f11, f17, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	flw f26, 296(x30)
	fsqrt.s f19, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	srai x3, x29, 63
	slliw x11, x21, 31
	fmv.x.d x5, f2
	c.li x12, -5
	c.lui x12, 28
	fcvt.d.w f24, x1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	lui x17, 524288
	add x7, x29, x20
	mv x15, x31
	c.fsd f9, 144(x15)
	divw x16, x9, x25
	sd x21, 1349(x31)
	fcvt.l.d x23, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	la x30, dvals
	fld f23, 456(x30)
	fmul.d f26, f23, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	fdiv.d f4, f13, f4, rdn
	la x30, dvals
	fld f14, 560(x30)
	la x30, dvals
	fld f14, 264(x30)
	fadd.d f22, f14, f14, dyn
	mulhu x21, x29, x1
	ld x13, 0(x31)
	fcvt.l.s x15, f26, dyn
	la x30, dvals
	flw f3, 392(x30)
	la x30, dvals
	flw f11, 660(x30)
	fnmadd.s f10, f20, f3, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	flw f15, 596(x30)
	la x30, dvals
	flw f23, 312(x30)
	fle.s x3, f15, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fsgnjn.s f31, f16, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	fmv.w.x f7, x25
	or x17, x9, x23
	fclass.s x5, f4
	sb x23, 1310(x31)
	slli x11, x4, 31
	slliw x15, x22, 0
	mul x14, x0, x27
	la x30, dvals
	flw f24, 384(x30)
	la x30, dvals
	flw f8, 608(x30)
	fmul.s f6, f24, f8, rup
	rem x29, x28, x5
	la x30, dvals
	flw f5, 348(x30)
	la x30, dvals
	flw f10, 624(x30)
	fsub.s f27, f5, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	add x14, x24, x26
	lw x3, 224(x2)
	c.j 1f
	or x21, x6, x12
1:
	sb x0, 1586(x31)
	lh x1, 1822(x2)
	la x30, dvals
	fld f18, 440(x30)
	la x30, dvals
	fld f12, 8(x30)
	fdiv.d f29, f18, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f19, 464(x30)
	la x30, dvals
	fld f1, 464(x30)
	la x30, dvals
	fld f13, 40(x30)
	fnmadd.d f13, f19, f1, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	auipc x16, 524287
	fcvt.d.lu f22, x1, rup
	xor x4, x4, x26
	rem x4, x27, x20
	mv x14, x31
	c.lw x14, 76(x14)
	mul x20, x12, x17
	addi x30, x31, 1016
	amominu.d.rl x24, x9, (x30)
	rem x4, x19, x29
	sb x1, 1609(x31)
	la x30, 1f
	c.jr x30
	subw x22, x8, x23
1:
	la x30, dvals
	flw f27, 280(x30)
	fsqrt.s f26, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	la x30, dvals
	flw f1, 368(x30)
	la x30, dvals
	flw f9, 628(x30)
	fsgnj.s f20, f1, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	bge x26, x5, 1f
	sub x4, x7, x13
	srl x9, x24, x29
1:
	lw x11, 1220(x2)
	fmv.x.w x23, f26
	srli x29, x29, 1
	srliw x18, x24, 0
	addw x16, x1, x23
	la x30, dvals
	flw f1, 640(x30)
	la x30, dvals
	flw f27, 392(x30)
	fnmadd.s f16, f1, f5, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	fmin.d f3, f28, f23
	mv x15, x31
	c.ld x12, 40(x15)
	sltu x6, x22, x16
	subw x22, x0, x4
	mulh x19, x3, x7
	la x30, dvals
	flw f11, 652(x30)
	fcvt.w.s x17, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, 1f
	jalr x14, 1(x30)
	or x14, x28, x23
1:
	divw x16, x24, x5
	la x30, dvals
	flw f0, 636(x30)
	fsqrt.s f3, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	remw x7, x24, x22
	la x30, dvals
	fld f19, 144(x30)
	fdiv.d f25, f19, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	lwu x28, 36(x2)
	jal x6, 1f
	xor x27, x26, x5
1:
	la x30, dvals
	fld f11, 160(x30)
	fdiv.d f1, f11, f6, rdn
	la x30, dvals
	flw f26, 296(x30)
	la x30, dvals
	flw f13, 676(x30)
	fmadd.s f22, f27, f26, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	mulw x19, x16, x24
	slt x23, x23, x1
	slti x29, x18, 2047
	add x9, x27, x9
	addiw x27, x14, 31
	lhu x23, 1862(x31)
	la x30, dvals
	flw f22, 624(x30)
	la x30, dvals
	flw f24, 680(x30)
	fmsub.s f7, f30, f22, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	addi x30, x31, 288
	amomax.w.rl x13, x22, (x30)
	sllw x25, x25, x9
	la x30, dvals
	flw f30, 628(x30)
	la x30, dvals
	flw f3, 644(x30)
	fadd.s f20, f30, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	srli x23, x5, 33
	slliw x10, x22, 1
	rem x16, x9, x13
	sltu x15, x13, x23
	lw x18, 1642(x2)
	andi x27, x13, -2
	andi x25, x11, 1
	la x30, dvals
	flw f19, 392(x30)
	la x30, dvals
	flw f12, 640(x30)
	fdiv.s f11, f19, f12, rdn
	addi x30, x31, 112
	lr.d.aqrl x24, (x30)
	xor x15, x18, x24
	sc.d.aqrl x4, x22, (x30)
	srl x12, x17, x23
	la x30, dvals
	fld f31, 232(x30)
	la x30, dvals
	fld f25, 416(x30)
	flt.d x8, f31, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	fld f25, 168(x30)
	la x30, dvals
	fld f18, 424(x30)
	fsub.d f11, f25, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	add x8, x19, x12
	jal x3, 1f
	sraw x14, x8, x26
1:
	divuw x23, x28, x14
	xori x0, x17, -2
	remu x27, x26, x0
	la x30, dvals
	fld f21, 400(x30)
	fcvt.s.d f30, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	sra x11, x21, x26
	addi x30, x31, 416
	amoxor.w.aqrl x19, x11, (x30)
	bge x13, x17, 1f
	or x7, x16, x7
1:
	la x30, dvals
	flw f15, 380(x30)
	la x30, dvals
	flw f10, 304(x30)
	feq.s x25, f15, f10
	addi x30, x31, 1584
	amoswap.d.aq x25, x19, (x30)
	rem x24, x11, x29
	la x30, dvals
	flw f30, 620(x30)
	fnmsub.s f17, f19, f8, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	fcvt.d.w f16, x1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	slti x15, x3, -1064
	c.li x26, -15
	c.lui x26, 31
	la x30, dvals
	fld f21, 480(x30)
	la x30, dvals
	fld f11, 432(x30)
	fmadd.d f11, f20, f21, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	remu x21, x13, x8
	sw x3, 900(x31)
	fld f19, 1896(x31)
	fmv.w.x f10, x17
	la x30, dvals
	flw f30, 672(x30)
	la x30, dvals
	flw f0, 376(x30)
	fsub.s f30, f30, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	c.li x10, 10
	c.lui x10, 27
	la x30, dvals
	fld f22, 528(x30)
	la x30, dvals
	fld f20, 552(x30)
	fadd.d f13, f22, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	lui x14, 524287
	la x30, dvals
	fld f3, 264(x30)
	la x30, dvals
	fld f15, 464(x30)
	fmul.d f13, f3, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	srl x19, x13, x0
	la x30, dvals
	fld f3, 120(x30)
	la x30, dvals
	fld f20, 480(x30)
	fnmadd.d f18, f29, f3, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	fld f6, 136(x30)
	la x30, dvals
	fld f14, 576(x30)
	fmsub.d f20, f6, f14, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	la x30, dvals
	flw f16, 348(x30)
	fsub.s f30, f16, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	fld f21, 48(x30)
	feq.d x7, f1, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	la x30, dvals
	flw f6, 328(x30)
	la x30, dvals
	flw f18, 676(x30)
	fdiv.s f16, f6, f18, rdn
	la x30, dvals
	flw f21, 656(x30)
	la x30, dvals
	flw f9, 348(x30)
	la x30, dvals
	flw f3, 684(x30)
	fmadd.s f19, f21, f9, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	srl x20, x26, x25
	la x30, dvals
	fld f6, 408(x30)
	la x30, dvals
	fld f7, 528(x30)
	fdiv.d f15, f6, f7, rdn
	c.slli x16, 45
	rem x21, x20, x12
	slti x20, x24, 2047
	bge x4, x19, 1f
	subw x7, x18, x21
1:
	mulhu x18, x15, x11
	la x30, dvals
	fld f23, 0(x30)
	fmadd.d f12, f24, f8, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fmv.x.d x28, f22
	c.srai x9, 47
	c.andi x13, -7
	la x30, dvals
	flw f11, 600(x30)
	flt.s x9, f9, f11
	la x30, 1f
	jalr x24, 1(x30)
	sllw x20, x4, x29
1:
	auipc x14, 1048575
	la x30, dvals
	fld f0, 576(x30)
	la x30, dvals
	fld f22, 536(x30)
	fsub.d f1, f0, f22, rtz
	la x30, dvals
	flw f17, 280(x30)
	la x30, dvals
	flw f26, 604(x30)
	fmsub.s f8, f25, f17, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	srli x6, x1, 63
	srliw x26, x27, 0
	fsqrt.s f4, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	bgeu x15, x27, 1f
	and x16, x24, x23
	and x13, x27, x0
1:
	la x30, dvals
	fld f20, 152(x30)
	fdiv.d f31, f4, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	c.addi16sp sp, 112
	c.sdsp x23, 184(sp)
	mv sp, x31
	addi x30, x31, 64
	amomax.d.rl x5, x25, (x30)
	rem x0, x6, x4
	frcsr x21
	srai x12, x24, 32
	sraiw x16, x25, 31
	or x20, x24, x26
	srl x4, x12, x13
	sd x14, 1920(x31)
	lw x16, 1228(x2)
	fcvt.s.wu f4, x17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	addw x11, x21, x27
	mulh x25, x21, x3
	ld x5, 1864(x31)
	c.slli x29, 56
	la x30, 1f
	jalr x9, 1(x30)
	slt x17, x23, x25
1:
	fnmadd.s f23, f13, f10, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	rem x27, x7, x17
	mv x12, x31
	c.ld x12, 0(x12)
	divu x18, x8, x27
	la x30, dvals
	flw f16, 628(x30)
	la x30, dvals
	flw f9, 328(x30)
	fdiv.s f19, f16, f9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	la x30, dvals
	flw f3, 656(x30)
	la x30, dvals
	flw f10, 636(x30)
	fnmsub.s f12, f22, f3, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	la x30, dvals
	fld f0, 544(x30)
	fnmsub.d f26, f0, f12, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	mul x22, x6, x21
	la x30, dvals
	flw f25, 684(x30)
	fcvt.wu.s x29, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	divuw x16, x14, x12
	fcvt.w.d x24, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	mv x8, x31
	c.lw x12, 8(x8)
	fsub.d f23, f19, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	srlw x21, x23, x12
	addi x8, x6, -1
	sw x15, 340(x31)
	lb x15, 1511(x2)
	la x30, dvals
	fld f10, 464(x30)
	fdiv.d f26, f10, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	remuw x7, x26, x17
	la x30, dvals
	fld f17, 432(x30)
	fmadd.d f17, f17, f6, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	la x30, dvals
	flw f26, 600(x30)
	fmul.s f24, f29, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	bltu x25, x26, 1f
	xor x29, x19, x24
	slt x1, x5, x27
1:
	sltu x0, x14, x5
	c.mv x14, x13
	c.add x23, x14
	rem x23, x10, x9
	or x5, x25, x19
	mv x12, x31
	c.fsd f15, 8(x12)
	sltu x17, x15, x27
	la x30, dvals
	flw f6, 360(x30)
	la x30, dvals
	flw f18, 364(x30)
	fsub.s f28, f6, f18, rdn
	fmsub.d f13, f29, f30, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	lw x29, 736(x31)
	beq x25, x24, 1f
	add x15, x7, x23
1:
	xor x24, x11, x22
	la x30, 1f
	c.jalr x30
	sra x23, x17, x20
1:
	fcvt.s.wu f22, x29, rdn
	la x30, dvals
	fld f5, 544(x30)
	fmul.d f10, f1, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	mv x9, x31
	c.lw x12, 100(x9)
	slt x16, x20, x23
	la x30, dvals
	fld f28, 256(x30)
	la x30, dvals
	fld f2, 480(x30)
	fdiv.d f21, f28, f2, rtz
	lb x28, 520(x31)
	srl x26, x21, x25
	la x30, dvals
	fld f8, 544(x30)
	la x30, dvals
	fld f22, 256(x30)
	fle.d x15, f8, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	jal x17, 1f
	sraw x18, x26, x13
1:
	la x30, dvals
	flw f5, 296(x30)
	la x30, dvals
	flw f3, 348(x30)
	fdiv.s f15, f5, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	subw x10, x12, x11
	lw x19, 1044(x2)
	la x30, dvals
	flw f27, 344(x30)
	fsqrt.s f2, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	auipc x8, 1
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0xa0c1c3858e94d47d
	.dword 0x9774b0702e2ca96d
	.dword 0xdb2bc94de24531cc
	.dword 0xcbeeedb2dd4c755e
	.dword 0x2f14090d688a3cf7
	.dword 0xcd8da4dd5bd13296
	.dword 0xcdfa46b720b06001
	.dword 0xbaba9d79cbacf793
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbf5370d0dc3484dc
	.dword 0x3fc247e82a0aafff
	.dword 0x3f253d0b711fc4e1
	.dword 0xbfd319434de9f7c6
	.dword 0x40f0b63400a870e7
	.dword 0xc12c08ff26a56456
	.dword 0x40a152a7ff9a1995
	.dword 0xc1afacc125570652
	.dword 0xc19d9a085439f11e
	.dword 0xc042e827b4ec56b4
	.dword 0x3f242c5f3d005920
	.dword 0xbf73138597f388c4
	.dword 0x002a6cea0b98b471
	.dword 0xc330a4149cee68e5
	.dword 0x41e29ecc5fc868b9
	.dword 0x7fd595733f6ec4be
	.dword 0xc3e3a8a3d3a13508
	.dword 0x001aee76645a529c
	.dword 0x80188d8de76e6f89
	.dword 0x0036379ca850102e
	.dword 0x0028c57acfe1cdd1
	.dword 0xc1e0eb19c5fdcad8
	.dword 0x802abe36592f1460
	.dword 0xc33859126d538dff
	.word 0xba17efab
	.word 0x3a9dd369
	.word 0xba00afe8
	.word 0xc4d93bfc
	.word 0xbd36bab0
	.word 0x3dc8fd51
	.word 0x41d54277
	.word 0x42e703a2
	.word 0xbf5a1f61
	.word 0x3e816e08
	.word 0xb99d4bca
	.word 0xbd9c4dc8
	.word 0xfef3d0e2
	.word 0x8f0d3ea4
	.word 0xdf0f83f9
	.word 0xff734c1a
	.word 0xff5dfd89
	.word 0xda5cc4
	.word 0xf25f5ef
	.word 0xf060dcd
	.word 0xfefbbeb8
	.word 0x4b400ece
	.word 0x8f57b7e2
	.word 0x4b66c9ca
	.balign 16
scratch:
	.word 0xc5ae5245
	.word 0xf3384376
	.word 0x9189257d
	.word 0x11fd222e
	.word 0x2afa6b2
	.word 0x394a2c4e
	.word 0xe4b997cf
	.word 0x1e43810f
	.word 0xa22891fe
	.word 0xb2f63755
	.word 0xf789063b
	.word 0x3e8fbe1c
	.word 0xe0c70dfa
	.word 0x2e71e586
	.word 0x4ae4b026
	.word 0x40e3d496
	.word 0x74503c6e
	.word 0x8657580
	.word 0x7c71fbaa
	.word 0x2397df28
	.word 0xd624d131
	.word 0xcc583130
	.word 0x85b4d5ef
	.word 0xfe2e770b
	.word 0x292ee2ec
	.word 0x5b1012f5
	.word 0x709d5412
	.word 0x99f05abd
	.word 0xc651ce2e
	.word 0xd1a4d64
	.word 0xd26b08df
	.word 0xdd669d87
	.word 0xd419276c
	.word 0xee6f3dd6
	.word 0x336adebc
	.word 0x7f1036a2
	.word 0x414d0240
	.word 0xc1ab2a82
	.word 0x3b9c271f
	.word 0x508c8ca0
	.word 0xe20569ac
	.word 0xa92908b4
	.word 0x8fc659cb
	.word 0xdb1c6d34
	.word 0x81e20b49
	.word 0xd1e22a8c
	.word 0x2cffa75
	.word 0x4da5b215
	.word 0x870a9326
	.word 0x78a90bb1
	.word 0x623fec9e
	.word 0x6a200a48
	.word 0x64ec07c
	.word 0x1664c4dc
	.word 0x511f77c3
	.word 0x430e4e30
	.word 0xd3c961d4
	.word 0x1805b8d
	.word 0x54ce2055
	.word 0x885dced7
	.word 0x161f494
	.word 0xc19e06cd
	.word 0x29b36bae
	.word 0xdc17b06d
	.word 0x695aa960
	.word 0xb2a05c3b
	.word 0x9dcb75a8
	.word 0x9cbf8ef7
	.word 0xc14a50a7
	.word 0xe0805408
	.word 0xaa250008
	.word 0x4ea4a65a
	.word 0x979ee6cd
	.word 0x23ab0eae
	.word 0xda31db1
	.word 0xacb45ddb
	.word 0xc6eae5dc
	.word 0xd0743674
	.word 0x81e93809
	.word 0x7be124dd
	.word 0xb02fc760
	.word 0x50bf8321
	.word 0xbba59acc
	.word 0x177fc8f2
	.word 0x225e0782
	.word 0xb768ec75
	.word 0xf62539c6
	.word 0x72a7f848
	.word 0x38796d7f
	.word 0xaf067514
	.word 0x553c7d06
	.word 0x8906d948
	.word 0x17d1fbbf
	.word 0x3c67f26c
	.word 0x87687c59
	.word 0x94801d28
	.word 0x738f81fa
	.word 0xf5a08462
	.word 0x40ba6874
	.word 0xbb293b6e
	.word 0x14d21ccc
	.word 0xbe3d5a49
	.word 0xbbfa6e93
	.word 0x3326c567
	.word 0x9ac044e2
	.word 0xd9d5f44c
	.word 0x8cd4bba2
	.word 0x6fbe3832
	.word 0xbfbda1ae
	.word 0x7a84e92a
	.word 0x139a85ba
	.word 0x269161ac
	.word 0x5e387b3e
	.word 0x7aade1b1
	.word 0x15effd7c
	.word 0xa24103dc
	.word 0xc5629ae1
	.word 0x51e0ce3e
	.word 0x4cc26f8d
	.word 0x274a2d94
	.word 0x3deb01e8
	.word 0xe713cf63
	.word 0x4103e39c
	.word 0x937fd9a4
	.word 0x6126dda1
	.word 0xe8c6bde8
	.word 0xd00fe8f5
	.word 0x8f3a91dd
	.word 0x7d2ab4fd
	.word 0x5d1525c7
	.word 0xcc1a9b31
	.word 0x70e2656f
	.word 0xb5bcf248
	.word 0x554911f2
	.word 0x999a2369
	.word 0x631adfd2
	.word 0x24f0f7e2
	.word 0x7b99f664
	.word 0xefffcd0e
	.word 0xdd9ec201
	.word 0xbe02fd2e
	.word 0xd54ef25d
	.word 0x6bafac3f
	.word 0x5b28664b
	.word 0xabc49adb
	.word 0x2b633414
	.word 0xf1d3ce64
	.word 0x8bfe470b
	.word 0x20ffd604
	.word 0x9dd8587b
	.word 0x4c391110
	.word 0xad7fe5bd
	.word 0x68c5c679
	.word 0xd15b41fc
	.word 0x95f7348e
	.word 0x1fbf6a9d
	.word 0xaf7ace8b
	.word 0x23d16e1e
	.word 0xcc478bf7
	.word 0x9a17d80b
	.word 0x43c79880
	.word 0xaa2fdd8b
	.word 0x624c3dc4
	.word 0x5b6d28fe
	.word 0x30206f27
	.word 0x8556a965
	.word 0x5f3e0a58
	.word 0x50dde922
	.word 0x52c2241e
	.word 0xde7c08fe
	.word 0xb31f0eaf
	.word 0xb923e8a
	.word 0xc4284dcb
	.word 0x7fb82b63
	.word 0x205ab729
	.word 0xa14a22b6
	.word 0x468e9738
	.word 0x19527c8c
	.word 0x8eb92a4d
	.word 0xd5eb2915
	.word 0xa9f3ff51
	.word 0x152f3ffd
	.word 0xa8cc3435
	.word 0xe71ae110
	.word 0xdc2f2d0c
	.word 0x85888ab
	.word 0x30f165ad
	.word 0x94ddba6f
	.word 0x51993f47
	.word 0xb84d6b9f
	.word 0xb2eea100
	.word 0xbf1cde87
	.word 0xbd49b0c1
	.word 0xe16b7849
	.word 0x4221f078
	.word 0xf9f7038f
	.word 0x295b06cc
	.word 0x79d6e3ad
	.word 0x11c13efc
	.word 0xf5ca1b93
	.word 0x61bc392f
	.word 0x35ace603
	.word 0x84f68415
	.word 0xdaf5cbcf
	.word 0x120f5b29
	.word 0xd42af41c
	.word 0xdf8f1848
	.word 0xac46c76b
	.word 0xe1d83afe
	.word 0x3676be1d
	.word 0xd718b627
	.word 0xfa5aefe9
	.word 0x53541b7a
	.word 0xd75d5f87
	.word 0xe91dbbf1
	.word 0x92152cc0
	.word 0xc62bd7c6
	.word 0x26ba7c4f
	.word 0x4f46b216
	.word 0xb983ec14
	.word 0x4420cc94
	.word 0xebfe2bed
	.word 0xfef0092c
	.word 0x56b2e06
	.word 0x75d01433
	.word 0x9d9fbc98
	.word 0x2b9dba5e
	.word 0x610b295
	.word 0x18014c34
	.word 0x17d4a17
	.word 0xafc03f08
	.word 0xac0c0818
	.word 0x8ceccd7f
	.word 0xbd27dc1e
	.word 0x9223d6cc
	.word 0xf7be7491
	.word 0x1ca548e7
	.word 0x287b55b
	.word 0x71b946ed
	.word 0x75fd81bf
	.word 0x7c8a681a
	.word 0xaf2b1e
	.word 0x5c5fa6f8
	.word 0xb89ea5b8
	.word 0xe91be62c
	.word 0x2e1bb4a3
	.word 0x4970e464
	.word 0xea759dda
	.word 0x6010d69d
	.word 0x22aa347c
	.word 0xe0954bae
	.word 0x75f5449e
	.word 0x71bbaf8d
	.word 0x8d0bb8a8
	.word 0xb9c67147
	.word 0x8a3bfcb0
	.word 0x401d4aa6
	.word 0xc0763e42
	.word 0xf071ce3d
	.word 0xff775626
	.word 0xa3c0031f
	.word 0xd7d5eb0e
	.word 0x3c37d4d4
	.word 0x130bc7c2
	.word 0x1585f55b
	.word 0xcef6d94c
	.word 0xae3527c3
	.word 0x53651605
	.word 0xc51c1437
	.word 0xb4c028ba
	.word 0x8b313a71
	.word 0x2396c58e
	.word 0x9fc87bbd
	.word 0x874defa2
	.word 0x6d8fed3e
	.word 0x9524c06a
	.word 0xa819593e
	.word 0xe4e5cc81
	.word 0xf3cd855b
	.word 0x2fbe59e8
	.word 0x74e65e89
	.word 0x59d30352
	.word 0xe92ae4e
	.word 0x30333f83
	.word 0xafadf822
	.word 0x59fbeb6
	.word 0xbb69f5d2
	.word 0x3fad105b
	.word 0x2961ef88
	.word 0x868c5dc0
	.word 0xabbf301a
	.word 0xfa368e44
	.word 0x543d6cdb
	.word 0xcd687108
	.word 0xaa6b052c
	.word 0x9312e92b
	.word 0x8ca2830
	.word 0xf44dd416
	.word 0x97295d51
	.word 0x2ce74110
	.word 0x5c614d32
	.word 0xcd21cdf1
	.word 0x676d607e
	.word 0xa73a7c2f
	.word 0xff42e670
	.word 0xd21a4176
	.word 0xdcad41ec
	.word 0xe68f8f24
	.word 0xfa0b96b1
	.word 0x9363a93f
	.word 0x2ec379bd
	.word 0x7f6bd1a7
	.word 0xaeb95208
	.word 0x1bfa1ef4
	.word 0x5cb2ee26
	.word 0x2fb3fd3d
	.word 0x529ad3d7
	.word 0x14e6c347
	.word 0x5d46e500
	.word 0xbd321b93
	.word 0x364092d3
	.word 0xa746fb1e
	.word 0x7c85e68c
	.word 0xcad4d266
	.word 0x439f7f6a
	.word 0x223f4333
	.word 0x817185ff
	.word 0x88099e18
	.word 0xc292bc5d
	.word 0x36338cf1
	.word 0xb21c6bc7
	.word 0xd3f61ad5
	.word 0x53ae2e3
	.word 0x75b36450
	.word 0x3e14714c
	.word 0xb7888312
	.word 0x5ab88c07
	.word 0x2c317afb
	.word 0x6ead72cc
	.word 0xde66c476
	.word 0xdbe8e742
	.word 0x27185c82
	.word 0xbd895206
	.word 0x6ef2e5a2
	.word 0x7a912ca1
	.word 0xbfa14743
	.word 0x7e64f007
	.word 0xece86695
	.word 0xe76c6788
	.word 0x18371a86
	.word 0x97934195
	.word 0xb9256e5
	.word 0x68941e02
	.word 0x81d15ea8
	.word 0xea857eea
	.word 0xee5b9486
	.word 0x5a84683
	.word 0xa27c27df
	.word 0xf67d471c
	.word 0x8d43e233
	.word 0xd1baac91
	.word 0x1311e25
	.word 0x7c4044bf
	.word 0xee244454
	.word 0xb3701763
	.word 0x8219da0d
	.word 0x925cf281
	.word 0x8d964467
	.word 0xe64a5baa
	.word 0xad6eb95
	.word 0x232028a7
	.word 0xe0afac1d
	.word 0xb0acd7eb
	.word 0x6065faa3
	.word 0x390f525b
	.word 0xbbcf24d9
	.word 0xb5d14513
	.word 0x331e1eea
	.word 0xe8a7f7eb
	.word 0xdd090406
	.word 0x4cbee282
	.word 0x8d33b455
	.word 0x8c9458a9
	.word 0xf7ae1649
	.word 0x9982b3ba
	.word 0x31471c40
	.word 0x8b21d1c7
	.word 0x9234402b
	.word 0x5c148b53
	.word 0x62af306c
	.word 0x10fcb59d
	.word 0x4fa581fa
	.word 0xccd78d7
	.word 0xd92eeebc
	.word 0x9bd4f4c0
	.word 0xacd23aa6
	.word 0x9b5763c5
	.word 0x92d0f212
	.word 0x1ecc7f3b
	.word 0xb441a26e
	.word 0x81886f68
	.word 0xc0021a
	.word 0x10eb093b
	.word 0x48466a7d
	.word 0x243897d9
	.word 0xeeb63bb8
	.word 0x11e4c458
	.word 0xa49f9d0f
	.word 0xb0f48490
	.word 0x2cb400c3
	.word 0x392ae435
	.word 0xd022aa83
	.word 0x2b238f7a
	.word 0x350a19c
	.word 0xfb066f8d
	.word 0xe80d4a36
	.word 0x683ef8f3
	.word 0x5338af03
	.word 0x9dc5618f
	.word 0xf67b7d5
	.word 0xca30087b
	.word 0xacdeb164
	.word 0x24b38fbd
	.word 0xfdc4a6ff
	.word 0x4a753c32
	.word 0x539253ab
	.word 0x2500d458
	.word 0xcef2b83d
	.word 0xa75fcc27
	.word 0x85bb6a0a
	.word 0xf7b19097
	.word 0x71c15a86
	.word 0x8a74e0e
	.word 0xcdb9291d
	.word 0xfbc55750
	.word 0x74c08727
	.word 0xe0aef395
	.word 0xe555d39b
	.word 0xbbf51d08
	.word 0x12d63562
	.word 0x5b39f4bf
	.word 0xd06aeb68
	.word 0x2df2108b
	.word 0x938ba83a
	.word 0x371ff4fc
	.word 0xf98217bc
	.word 0xd5cc8ac6
	.word 0xd619790c
	.word 0xde283790
	.word 0xc391245d
	.word 0x4440dd0
	.word 0x3a37aacf
	.word 0x22ab8278
	.word 0xe71ca4a
	.word 0xd02aab16
	.word 0x2c4d1ff2
	.word 0x79d01d4b
	.word 0x35514e97
	.word 0x8cf7ba16
	.word 0xd1dbe4c
	.word 0xe05807e6
	.word 0xf4324134
	.word 0x3e8778fe
	.word 0xe282d672
	.word 0xb1d580d4
	.word 0x382f0653
	.word 0xc4444e01
	.word 0xfd0d50a3
	.word 0xb43a7ecf
	.word 0x879f84fe
	.word 0x970f90be
	.word 0xc6142472
	.word 0x11d2e2df
	.word 0xfcada77b
	.word 0x401e881a
	.word 0xb2ad9214
	.word 0x1d0d5e03
	.word 0x6f61c9c5
	.word 0x9d711fc9
	.word 0x6f84712d
	.word 0xd5959e5d
	.word 0xad9fa332
	.word 0x66c0360e
	.word 0x603907ce
	.word 0x58dc126e
	.word 0x88a65be6
	.word 0x388dfb6b
	.word 0x7bfbcbfb
	.word 0x5211fd99
	.word 0xd9ff8248
	.word 0x1f6444f3
	.word 0x68b78ece
	.word 0xb4ae4d59
	.word 0xddaf28bb
	.word 0x2fb2c807
	.word 0xa0f0789e
	.word 0x539e028f
	.word 0xea3ac668
	.word 0xec047d73
	.word 0x16efb866
	.word 0xdd821a77
	.word 0x475a1731
	.word 0xb23a880f
	.word 0x84582bd2
	.word 0xa5674323
	.word 0xed63b1e2
	.word 0xf0a835ed
	.word 0x34a83207
	.word 0x6ff1a513
	.word 0x312efffa
	.word 0x34e8dad2
	.word 0xd9e32c6b
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
