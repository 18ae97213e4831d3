	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 24(x30)
	ld x3, 136(x30)
	ld x4, 168(x30)
	ld x5, 8(x30)
	ld x6, 168(x30)
	ld x7, 40(x30)
	ld x8, 80(x30)
	ld x9, 72(x30)
	ld x10, 16(x30)
	ld x11, 152(x30)
	ld x12, 72(x30)
	ld x13, 8(x30)
	ld x14, 152(x30)
	ld x15, 208(x30)
	ld x16, 208(x30)
	ld x17, 136(x30)
	ld x18, 48(x30)
	ld x19, 160(x30)
	ld x20, 40(x30)
	ld x21, 32(x30)
	ld x22, 88(x30)
	ld x23, 56(x30)
	ld x24, 160(x30)
	ld x25, 192(x30)
	ld x26, 120(x30)
	ld x27, 56(x30)
	ld x28, 8(x30)
	ld x29, 104(x30)
	ld x30, 168(x30)
	la x30, dvals
	fld f0, 216(x30)
	fld f1, 384(x30)
	fld f2, 56(x30)
	fld f3, 64(x30)
	flw f4, 288(x30)
	fld f5, 48(x30)
	flw f6, 372(x30)
	fld f7, 336(x30)
	fld f8, 144(x30)
	fld f9, 296(x30)
	flw f10, 396(x30)
	fld f11, 208(x30)
	fld f12, 272(x30)
	flw f13, 388(x30)
	fld f14, 56(x30)
	fld f15, 248(x30)
	fld f16, 248(x30)
	flw f17, 288(x30)
	flw f18, 324(x30)
	fld f19, 192(x30)
	flw f20, 292(x30)
	fld f21, 200(x30)
	flw f22, 340(x30)
	fld f23, 88(x30)
	flw f24, 284(x30)
	fld f25, 24(x30)
	flw f26, 308(x30)
	fld f27, 88(x30)
	fld f28, 96(x30)
	fld f29, 216(x30)
	fld f30, 144(x30)
	flw f31, 324(x30)
	slt x22, x0, x3
	sraw x25, x10, x9
	addi x30, x31, 2016
	lr.d x29, (x30)
	sc.d x6, x3, (x30)
	sc.d x28, x10, (x30)
	and x24, x24, x12
	addiw x29, x8, 64
	fsflags x7, x3
	bltu x22, x17, 1f
	add x21, x28, x15
	addw x17, x25, x16
1:
	la x30, 1f
	c.jr x30
	sraw x26, x16, x26
1:
	la x30, dvals
	fld f24, 144(x30)
	la x30, dvals
	fld f21, 256(x30)
	fsgnjn.d f27, f24, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	addi x17, x8, 64
	slti x10, x24, 2047
	mulh x19, x22, x29
	addi x6, x12, 1
	remu x21, x16, x7
	la x30, dvals
	flw f10, 596(x30)
	la x30, dvals
	flw f12, 292(x30)
	fadd.s f21, f10, f12, rne
	la x30, dvals
	fld f18, 448(x30)
	la x30, dvals
	fld f24, 264(x30)
	fadd.d f18, f18, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	lhu x19, 720(x2)
	fmv.d.x f31, x15
	la x30, 1f
	c.jalr x30
	sub x5, x27, x29
1:
	srai x28, x1, 33
	sraiw x11, x23, 31
	fsw f7, 80(x31)
	auipc x7, 1
	fcvt.s.d f21, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	c.j 1f
	and x16, x6, x10
1:
	beq x8, x19, 1f
	xor x21, x8, x17
1:
	srlw x27, x6, x22
	la x30, dvals
	flw f8, 372(x30)
	fsqrt.s f24, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	ori x27, x24, -1
	addi x27, x29, -2048
	or x6, x16, x24
	srlw x5, x0, x25
	xor x7, x22, x22
	la x30, dvals
	flw f4, 336(x30)
	la x30, dvals
	flw f26, 672(x30)
	fadd.s f16, f4, f26, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	addi x30, x31, 1832
	amomaxu.w.aq x26, x3, (x30)
	la x30, dvals
	fld f23, 32(x30)
	la x30, dvals
	fld f11, 208(x30)
	fdiv.d f31, f23, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	sra x28, x12, x8
	sll x0, x3, x20
	la x30, dvals
	fld f9, 528(x30)
	fle.d x10, f13, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	bge x3, x18, 1f
	or x5, x11, x15
1:
	addi x30, x31, 64
	amoadd.d.rl x12, x8, (x30)
	lb x8, 1603(x2)
	c.swsp x19, 96(sp)
	c.sdsp x25, 40(sp)
	xori x24, x4, 0
	fsqrt.d f19, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	la x30, dvals
	flw f20, 612(x30)
	fadd.s f6, f14, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	sltiu x24, x9, 2047
	sltiu x29, x11, 2047
	addw x0, x5, x9
	lbu x28, 955(x2)
	sh x3, 680(x31)
	sraw x14, x11, x3
	addi x29, x10, 0
	mulhsu x13, x23, x15
	la x30, dvals
	fld f21, 512(x30)
	la x30, dvals
	fld f15, 152(x30)
	fsgnjx.d f10, f21, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	bne x3, x23, 1f
	srlw x18, x25, x12
1:
	or x16, x1, x10
	addi x30, x31, 592
	amoor.w.aq x1, x21, (x30)
	la x30, dvals
	flw f13, 676(x30)
	fsgnjx.s f0, f19, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	mv x15, x31
	c.ld x9, 176(x15)
	srli x20, x15, 1
	srliw x4, x13, 1
	sra x16, x6, x10
	sd x3, 744(x31)
	auipc x15, 1
	fmul.d f16, f27, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	beq x13, x13, 1f
	subw x24, x10, x5
	srl x7, x10, x14
1:
	remw x24, x3, x13
	div x12, x5, x1
	sllw x8, x10, x5
	divuw x7, x0, x16
	fcvt.d.w f7, x4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	bne x25, x10, 1f
	sraw x17, x29, x0
1:
	la x30, dvals
	fld f28, 568(x30)
	fsub.d f4, f28, f16, rmm
	sll x15, x25, x9
	ld x27, 1408(x31)
	fcvt.d.wu f14, x8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	fld f9, 560(x30)
	fnmadd.d f17, f26, f9, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	flw f23, 624(x30)
	fmul.s f13, f23, f3, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	flw f25, 356(x30)
	fdiv.s f13, f25, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	sltu x28, x21, x11
	la x30, dvals
	fld f12, 0(x30)
	fmax.d f24, f12, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	bne x6, x7, 1f
	add x9, x21, x28
	subw x12, x0, x10
1:
	slt x10, x6, x0
	sb x15, 1131(x31)
	la x30, dvals
	fld f9, 440(x30)
	la x30, dvals
	fld f4, 208(x30)
	fnmadd.d f25, f9, f4, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	c.j 1f
	sllw x12, x10, x24
1:
	ori x0, x25, 63
	xori x6, x25, 1
	sh x22, 1678(x31)
	la x30, dvals
	fld f31, 424(x30)
	la x30, dvals
	fld f25, 560(x30)
	fadd.d f15, f31, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	c.addi16sp sp, 240
	c.sdsp x8, 216(sp)
	mv sp, x31
	fclass.d x7, f0
	c.fsdsp f15, 200(sp)
	la x30, dvals
	fld f6, 0(x30)
	la x30, dvals
	fld f13, 96(x30)
	fnmsub.d f3, f6, f8, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	addi x16, x17, 1
	c.mv x3, x13
	c.add x18, x3
	xor x14, x24, x0
	srlw x26, x21, x21
	divw x11, x14, x28
	la x30, dvals
	fld f19, 528(x30)
	fdiv.d f25, f7, f19, rtz
	srli x6, x24, 31
	slliw x29, x15, 31
	addi x17, x6, -2048
	fsrmi x10, 4
	auipc x10, 1048575
	subw x29, x6, x25
	bgeu x5, x19, 1f
	or x9, x16, x0
1:
	auipc x27, 1
	sllw x25, x3, x22
	addw x22, x4, x29
	fcvt.s.wu f21, x21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	andi x13, x0, 1
	bgeu x5, x20, 1f
	srl x9, x14, x27
1:
	addi x24, x29, 63
	addw x29, x16, x25
	c.addi4spn x11, sp, 128
	c.nop
	mul x1, x1, x16
	lwu x8, 1808(x31)
	fcvt.d.lu f13, x19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	lh x22, 34(x31)
	mulhu x15, x13, x23
	xori x21, x21, -1
	mv x12, x31
	c.ld x14, 56(x12)
	la x30, dvals
	flw f22, 300(x30)
	fmadd.s f10, f22, f25, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	add x8, x18, x19
	c.nop
	fcvt.s.w f21, x16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	remw x19, x19, x3
	la x30, dvals
	fld f16, 472(x30)
	la x30, dvals
	fld f4, 568(x30)
	fadd.d f0, f16, f4, rtz
	remuw x6, x19, x25
	addi x30, x31, 832
	amominu.d x27, x13, (x30)
	lh x11, 764(x2)
	blt x16, x0, 1f
	and x28, x22, x13
	addw x28, x20, x24
1:
	srai x13, x21, 31
	slliw x14, x0, 16
	mv x15, x31
	c.sw x13, 88(x15)
	fcvt.d.w f20, x4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	flw f9, 668(x30)
	la x30, dvals
	flw f29, 608(x30)
	fadd.s f26, f9, f29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	remu x1, x12, x7
	fcvt.s.l f5, x12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	mv x9, x31
	c.lw x10, 124(x9)
	la x30, dvals
	fld f18, 512(x30)
	fnmadd.d f31, f8, f19, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	sltu x19, x6, x19
	lh x23, 1528(x2)
	div x27, x16, x4
	sd x24, 48(x31)
	srl x8, x26, x24
	fsub.d f4, f21, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	c.addi16sp sp, 288
	c.sdsp x22, 32(sp)
	mv sp, x31
	mv x8, x31
	c.fld f10, 128(x8)
	lbu x10, 1801(x2)
	addi x28, x17, 1
	csrrs x18, fflags, x0
	addiw x13, x22, 112
	la x30, dvals
	flw f10, 388(x30)
	fsgnjx.s f1, f18, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	fclass.s x9, f4
	addi x30, x31, 1640
	amoand.w.rl x9, x6, (x30)
	ld x11, 1208(x2)
	la x30, dvals
	fld f11, 400(x30)
	fsub.d f9, f22, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	divuw x1, x26, x8
	la x30, dvals
	fld f18, 408(x30)
	fdiv.d f31, f18, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	rem x14, x20, x29
	slli x21, x23, 33
	sraiw x13, x12, 1
	addi x30, x31, 336
	amoswap.w x26, x15, (x30)
	mulhu x22, x23, x28
	fmul.s f12, f4, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	xor x26, x19, x3
	la x30, dvals
	fld f11, 96(x30)
	la x30, dvals
	fld f9, 24(x30)
	fmadd.d f18, f11, f9, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	xori x22, x29, -2
	la x30, dvals
	fld f15, 192(x30)
	fsub.d f13, f15, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	c.slli x8, 9
	mulhu x7, x28, x29
	fmul.s f21, f7, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	sh x29, 2004(x31)
	la x30, dvals
	flw f26, 648(x30)
	fcvt.w.s x8, f26, dyn
	fcvt.lu.s x17, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	bge x24, x23, 1f
	and x13, x7, x19
	add x16, x24, x0
1:
	fmul.s f10, f17, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	flw f29, 336(x30)
	la x30, dvals
	flw f22, 632(x30)
	fsub.s f12, f29, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	fld f7, 432(x30)
	la x30, dvals
	fld f2, 112(x30)
	fmsub.d f6, f7, f2, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	fld f25, 248(x30)
	la x30, dvals
	fld f18, 512(x30)
	feq.d x0, f25, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	la x30, dvals
	flw f10, 352(x30)
	la x30, dvals
	flw f16, 612(x30)
	fdiv.s f6, f10, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	and x3, x24, x27
	la x30, dvals
	fld f25, 0(x30)
	la x30, dvals
	fld f15, 408(x30)
	fsub.d f4, f25, f15, rmm
	sub x18, x8, x11
	c.swsp x27, 12(sp)
	c.sdsp x11, 392(sp)
	bgeu x13, x21, 1f
	srl x9, x25, x15
	sll x21, x7, x18
1:
	lui x19, 524287
	sltiu x6, x4, -2048
	mv x10, x31
	c.fld f12, 224(x10)
	addiw x8, x9, 64
	addi x30, x31, 1608
	lr.w.rl x27, (x30)
	sub x13, x8, x19
	sc.w.rl x28, x28, (x30)
	sc.w x28, x20, (x30)
	la x30, dvals
	fld f4, 168(x30)
	la x30, dvals
	fld f31, 552(x30)
	fnmadd.d f24, f10, f4, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	c.slli x23, 9
	mul x8, x15, x21
	la x30, dvals
	fld f0, 264(x30)
	feq.d x25, f0, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sltiu x10, x3, 1
	lw x27, 1760(x2)
	la x30, dvals
	fld f3, 152(x30)
	la x30, dvals
	fld f7, 112(x30)
	fadd.d f19, f3, f7, rtz
	la x30, dvals
	fld f24, 408(x30)
	fcvt.w.d x19, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	sltiu x0, x4, 1
	mulhu x10, x24, x11
	c.mv x6, x18
	c.add x6, x6
	remw x8, x13, x3
	addi x30, x31, 664
	amoand.d.rl x5, x25, (x30)
	la x30, dvals
	fld f13, 136(x30)
	fdiv.d f21, f13, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	flw f0, 604(x30)
	fsub.s f2, f10, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	lhu x8, 620(x31)
	ori x20, x1, -1
	la x30, dvals
	fld f13, 520(x30)
	fsqrt.d f28, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	addiw x17, x20, 31
	fdiv.s f10, f0, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	lwu x18, 872(x2)
	c.srai x10, 13
	c.andi x13, -28
	la x30, dvals
	fld f10, 512(x30)
	fmax.d f24, f10, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	fsqrt.d f15, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	mv x10, x31
	c.fsd f9, 24(x10)
	la x30, dvals
	flw f19, 284(x30)
	fsgnj.s f8, f19, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	remu x21, x15, x23
	bgeu x10, x23, 1f
	add x12, x29, x27
	xor x3, x25, x22
1:
	fmv.w.x f25, x16
	la x30, dvals
	fld f25, 16(x30)
	fmul.d f30, f25, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	sll x29, x12, x19
	la x30, 1f
	jalr x28, 0(x30)
	slt x1, x3, x4
1:
	la x30, dvals
	fld f9, 80(x30)
	fnmsub.d f26, f11, f20, f9, dyn
	srai x3, x28, 0
	srliw x17, x15, 31
	lbu x10, 718(x31)
	la x30, 1f
	jalr x22, 0(x30)
	subw x24, x3, x13
1:
	subw x8, x14, x4
	addi x30, x31, 576
	amomax.d.aqrl x25, x19, (x30)
	mul x1, x21, x6
	la x30, dvals
	fld f7, 440(x30)
	la x30, dvals
	fld f25, 432(x30)
	fsgnjn.d f15, f7, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	divuw x3, x6, x24
	mulhsu x22, x10, x13
	srl x29, x3, x11
	la x30, dvals
	flw f24, 280(x30)
	fdiv.s f20, f15, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	fcvt.d.l f24, x7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	blt x4, x26, 1f
	srlw x26, x0, x28
	subw x23, x0, x16
1:
	la x30, dvals
	fld f4, 400(x30)
	fmax.d f19, f4, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	fcvt.d.w f29, x18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	andi x0, x21, -2048
	blt x14, x19, 1f
	or x3, x10, x15
1:
	srli x22, x24, 1
	sraiw x17, x13, 0
	sltu x18, x1, x9
	mv x10, x31
	c.lw x9, 112(x10)
	bge x5, x23, 1f
	sraw x13, x11, x8
	sll x4, x22, x0
1:
	c.li x11, 13
	c.lui x11, 24
	and x10, x15, x21
	fmul.d f15, f30, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f13, 424(x30)
	la x30, dvals
	fld f9, 88(x30)
	fle.d x14, f13, f9
	xori x14, x5, 1
	sltiu x26, x24, 32
	divu x26, x3, x19
	slt x23, x18, x17
	la x30, dvals
	flw f22, 296(x30)
	fsqrt.s f9, f22, rtz
	mul x23, x25, x29
	sltu x20, x19, x8
	sd x18, 1688(x31)
	fdiv.s f8, f28, f4, rtz
	fcvt.d.wu f13, x11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	c.srli x10, 32
	c.andi x14, -11
	la x30, dvals
	flw f10, 344(x30)
	feq.s x0, f28, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	sltiu x10, x16, 32
	sltu x1, x21, x13
	add x25, x1, x25
	addi x30, x31, 320
	amoxor.w.aqrl x8, x21, (x30)
	la x30, dvals
	fld f21, 256(x30)
	la x30, dvals
	fld f20, 96(x30)
	fmul.d f7, f21, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	addi x27, x12, 32
	la x30, dvals
	flw f13, 648(x30)
	fdiv.s f21, f4, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	beq x24, x3, 1f
	sll x28, x22, x19
1:
	sb x0, 486(x31)
	bgeu x6, x4, 1f
	subw x10, x9, x0
	srl x23, x29, x10
1:
	fsw f9, 1340(x31)
	mulw x1, x21, x14
	c.mv x20, x27
	c.add x16, x20
	la x30, dvals
	flw f15, 340(x30)
	fmul.s f10, f15, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	bltu x19, x12, 1f
	sub x3, x17, x25
	and x1, x21, x8
1:
	addiw x9, x17, 2047
	sllw x27, x5, x22
	fcvt.s.wu f25, x3, rdn
	div x13, x9, x9
	jal x11, 1f
	slt x6, x16, x7
1:
	fadd.s f27, f5, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	sllw x8, x14, x12
	c.fsdsp f2, 144(sp)
	lw x20, 932(x31)
	la x30, dvals
	fld f2, 480(x30)
	la x30, dvals
	fld f6, 192(x30)
	fnmadd.d f17, f2, f6, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	c.mv x3, x7
	c.add x9, x3
	sltu x29, x3, x21
	divuw x28, x1, x19
	remu x16, x5, x10
	mv x11, x31
	c.ld x9, 136(x11)
	addi x30, x31, 1272
	amomin.d x7, x24, (x30)
	la x30, dvals
	flw f25, 392(x30)
	fcvt.wu.s x18, f25, dyn
	fle.s x8, f31, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	srlw x22, x24, x8
	mul x21, x19, x10
	fdiv.s f28, f21, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	addi x27, x9, -1
	la x30, dvals
	fld f18, 128(x30)
	flt.d x19, f6, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	ld x9, 832(x31)
	bge x23, x6, 1f
	sllw x19, x7, x23
1:
	fmv.x.w x15, f17
	sw x7, 201(x31)
	divw x11, x9, x18
	fcvt.d.w f22, x21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	mv x8, x31
	c.fld f11, 96(x8)
	fcvt.lu.d x7, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	fcvt.s.l f0, x1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	jal x7, 1f
	sll x18, x10, x25
1:
	la x30, dvals
	flw f11, 648(x30)
	la x30, dvals
	flw f1, 684(x30)
	fmul.s f14, f11, f1, rmm
	fcvt.s.l f29, x16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	sraw x16, x26, x3
	divu x10, x25, x13
	la x30, dvals
	flw f14, 648(x30)
	fmul.s f12, f14, f7, rdn
	flt.d x4, f24, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fmul.s f20, f14, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	beq x17, x11, 1f
	slt x8, x8, x17
	subw x25, x9, x23
1:
	sraw x10, x29, x29
	add x20, x18, x3
	la x30, 1f
	c.jalr x30
	sra x14, x17, x6
1:
	divw x28, x20, x0
	and x21, x25, x6
	add x24, x5, x16
	srli x15, x18, 32
	srliw x6, x29, 0
	bgeu x13, x0, 1f
	srlw x4, x27, x29
	sltu x1, x6, x7
1:
	mulhu x24, x17, x12
	la x30, dvals
	fld f12, 96(x30)
	fcvt.lu.d x21, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	sllw x14, x6, x7
	la x30, dvals
	flw f20, 676(x30)
	fmsub.s f17, f16, f20, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	la x30, dvals
	flw f10, 636(x30)
	fmul.s f24, f23, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	bltu x16, x1, 1f
	xor x0, x22, x25
	srl x28, x19, x1
1:
	xor x14, x20, x27
	and x19, x8, x19
	fcvt.d.s f27, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	lw x12, 604(x2)
	la x30, dvals
	flw f19, 288(x30)
	la x30, dvals
	flw f25, 320(x30)
	fdiv.s f4, f19, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	mv x10, x31
	c.ld x13, 208(x10)
	la x30, dvals
	flw f5, 612(x30)
	fsqrt.s f3, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	divw x17, x11, x4
	c.fsdsp f0, 104(sp)
	add x9, x28, x0
	xori x15, x28, 0
	la x30, dvals
	flw f2, 296(x30)
	fdiv.s f28, f14, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	fmul.s f27, f22, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	add x0, x19, x5
	addi x30, x31, 640
	amoand.w.aqrl x9, x5, (x30)
	or x16, x22, x29
	addiw x26, x6, 0
	addi x30, x31, 1904
	amoor.d.rl x4, x13, (x30)
	divw x25, x9, x29
	andi x27, x22, -2
	la x30, dvals
	flw f13, 636(x30)
	la x30, dvals
	flw f17, 312(x30)
	la x30, dvals
	flw f24, 636(x30)
	fnmsub.s f13, f13, f17, f24, rmm
	divuw x6, x1, x8
	fcvt.w.s x14, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	lui x23, 524287
	bne x13, x13, 1f
	sraw x12, x12, x27
	add x27, x11, x21
1:
	bltu x22, x22, 1f
	sra x12, x27, x13
1:
	la x30, 1f
	c.jalr x30
	xor x17, x12, x4
1:
	c.fsdsp f20, 416(sp)
	andi x25, x13, 31
	blt x1, x27, 1f
	subw x24, x22, x23
	add x7, x12, x29
1:
	mv x15, x31
	c.lw x10, 124(x15)
	la x30, dvals
	fld f29, 48(x30)
	la x30, dvals
	fld f18, 432(x30)
	fsub.d f9, f29, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	lb x8, 954(x31)
	and x4, x9, x12
	la x30, dvals
	fld f22, 240(x30)
	la x30, dvals
	fld f1, 264(x30)
	la x30, dvals
	fld f2, 192(x30)
	fnmsub.d f3, f22, f1, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	bne x20, x29, 1f
	slt x1, x19, x18
1:
	la x30, 1f
	jalr x9, 0(x30)
	or x14, x27, x13
1:
	sb x20, 1298(x31)
	la x30, dvals
	fld f21, 144(x30)
	fsqrt.d f9, f21, rmm
	divw x26, x20, x22
	la x30, dvals
	flw f7, 616(x30)
	la x30, dvals
	flw f2, 644(x30)
	la x30, dvals
	flw f27, 336(x30)
	fmadd.s f15, f7, f2, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	sb x6, 1925(x31)
	la x30, 1f
	c.jr x30
	subw x6, x22, x12
1:
	ld x0, 1776(x2)
	bgeu x24, x16, 1f
	srlw x1, x9, x26
1:
	sw x9, 692(x31)
	xor x9, x27, x14
	addi x30, x31, 1456
	amoand.d x27, x18, (x30)
	la x30, dvals
	fld f17, 520(x30)
	fmul.d f8, f17, f23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	divuw x5, x28, x25
	addi x30, x31, 1448
	amoxor.d.rl x5, x19, (x30)
	ld x8, 176(x31)
	lh x25, 358(x2)
	slti x27, x26, -446
	bge x24, x0, 1f
	sraw x16, x9, x12
	sllw x8, x28, x25
1:
	bgeu x15, x12, 1f
	addw x26, x16, x22
	and x12, x28, x29
1:
	addw x1, x19, x26
	la x30, dvals
	fld f4, 480(x30)
	la x30, dvals
	fld f17, 120(x30)
	fle.d x18, f4, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	addi x13, x1, 1
	bgeu x21, x19, 1f
	slt x5, x14, x15
1:
	addw x24, x16, x0
	la x30, 1f
	jalr x7, 1(x30)
	and x22, x21, x17
1:
	la x30, dvals
	flw f19, 632(x30)
	fmul.s f22, f18, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	addi x30, x31, 1488
	lr.d.aqrl x27, (x30)
	addw x18, x1, x1
	sc.d.aqrl x0, x16, (x30)
	fcvt.w.s x16, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	andi x22, x7, 0
	la x30, dvals
	flw f19, 680(x30)
	fdiv.s f12, f19, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	sltu x3, x19, x13
	c.beqz x8, 1f
	sub x22, x27, x6
1:
	fsqrt.d f15, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
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
	.dword 0x5965129d9def2fc6
	.dword 0x7aedaa6d3badda1d
	.dword 0x9d29772aca41b74c
	.dword 0x69a16a18d8ab4549
	.dword 0xb04594485b5e30ee
	.dword 0x353477afc3f883af
	.dword 0xa22c4749726b374b
	.dword 0x84c9fc4ad35cdcaa
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
	.dword 0xbff9f120a23e8426
	.dword 0x408dc028bcec9b54
	.dword 0xc00cdae478f13a1c
	.dword 0xbfe4e5ba17049963
	.dword 0xbf860bc44587518b
	.dword 0x3fdfeda867f46b5d
	.dword 0xbff17a2067f68dca
	.dword 0xc0297f893da1307d
	.dword 0x3ef756aba964377a
	.dword 0xbe8354f0ec62bcd6
	.dword 0x3f35ac5d046c85ca
	.dword 0x415d32616efc6929
	.dword 0x41ebb8d6e8b5965e
	.dword 0xffe3b8878b8f0db6
	.dword 0x801736c259e40265
	.dword 0x43349bd0539c4817
	.dword 0x032a1f910dc6cb55
	.dword 0x802d57d9ca4169da
	.dword 0xc3eceaa80efbb8cc
	.dword 0x8328ba12eac84d3f
	.dword 0x00397d6937fe6bb3
	.dword 0xffec26cf3351869d
	.dword 0x41e6d3f6917fa58a
	.dword 0xffd8cc16983cc2cb
	.word 0x3a778f0b
	.word 0xb98c0633
	.word 0x3ce0b095
	.word 0x43f3fa07
	.word 0xc483712b
	.word 0xb9b1a980
	.word 0x3dd7d11f
	.word 0xc414fea6
	.word 0x3c848091
	.word 0xbad72ba6
	.word 0xbd6b0e9e
	.word 0xc28f8e4f
	.word 0x5f284f57
	.word 0xcb056cff
	.word 0x7ef5a3ec
	.word 0x4b4e9412
	.word 0xcf0a4e96
	.word 0xfec55712
	.word 0xcb782f2b
	.word 0x4f52043b
	.word 0xfefed63c
	.word 0x5f58f8a0
	.word 0xcb2d273e
	.word 0x7ef5d371
	.balign 16
scratch:
	.word 0x46b9f7c
	.word 0x8700b37e
	.word 0xbc8842e9
	.word 0x2e7228e3
	.word 0x6a1d7d4
	.word 0xb73276d9
	.word 0xc4cc6f8d
	.word 0x6e808973
	.word 0x8a740224
	.word 0x4c2060bc
	.word 0x46cfd447
	.word 0x34aa26e4
	.word 0x7ea5453f
	.word 0x165b09fe
	.word 0x9bfabbcc
	.word 0x5ce8ec2d
	.word 0x6cc0fffb
	.word 0x14cb6ae4
	.word 0x4b6d13cf
	.word 0xcb846fe5
	.word 0x896577f9
	.word 0xd4d2c2b4
	.word 0x1c049a36
	.word 0x6701af77
	.word 0xf03a600
	.word 0x3b0e7c1
	.word 0xf651c4c5
	.word 0x17e97781
	.word 0x1a302aad
	.word 0xf3d526ff
	.word 0xb657423a
	.word 0x9c158b72
	.word 0x8200642f
	.word 0x5e3daecd
	.word 0x976b1cdf
	.word 0x6ae05247
	.word 0x75b8c073
	.word 0xdb6443a8
	.word 0x313c2e20
	.word 0x2bf6ffdc
	.word 0x75adbe9a
	.word 0x8dad6b05
	.word 0x3976b703
	.word 0x1d42b9c8
	.word 0x5080255
	.word 0xad16be74
	.word 0x21d86018
	.word 0x96b5a855
	.word 0x545c28ca
	.word 0xf9e50d68
	.word 0x514c08cc
	.word 0xdae9fc26
	.word 0x48c49c90
	.word 0xb188d65b
	.word 0xc33f9cba
	.word 0x25b0592e
	.word 0xfc2442e4
	.word 0xfb67e3d8
	.word 0xe480ea96
	.word 0xc398999f
	.word 0xc5c9288a
	.word 0xfbdb0426
	.word 0xf0aeb8a9
	.word 0xd0cae5f4
	.word 0x2f05a0e
	.word 0x3f824416
	.word 0x97174d56
	.word 0xa90bf308
	.word 0x3a398f1d
	.word 0x709f74f0
	.word 0x5e2645f0
	.word 0x4599d93c
	.word 0xa972aa03
	.word 0x7a64375a
	.word 0x6d6e2abd
	.word 0xaf020a81
	.word 0x2419e8a8
	.word 0x389061ee
	.word 0xa11accb8
	.word 0xe93baf3e
	.word 0x7580b50
	.word 0xc0730169
	.word 0xab905986
	.word 0xb4b9f316
	.word 0xd1b5b91b
	.word 0xb44ba050
	.word 0xc879ce70
	.word 0xc74163cb
	.word 0x8c36bcb7
	.word 0x2fae5d87
	.word 0x67c73e88
	.word 0x82d9aee3
	.word 0x57b73941
	.word 0xa37760ce
	.word 0xa2be6859
	.word 0x991a8fe3
	.word 0xd437f990
	.word 0x4bb86e52
	.word 0x8833a00b
	.word 0x7a657c52
	.word 0x68058205
	.word 0xd0ec8ac7
	.word 0x773d09bd
	.word 0x175295b8
	.word 0xf9535e0a
	.word 0xc0d8bf23
	.word 0x30aa231d
	.word 0xedfe9659
	.word 0xd98091a3
	.word 0xbd261b59
	.word 0xb7ed8b9f
	.word 0xd55372d0
	.word 0xda2cc5d4
	.word 0x105af77f
	.word 0x98133485
	.word 0x2efe9344
	.word 0x6e5bccef
	.word 0xef02c68c
	.word 0x4db0b1c5
	.word 0x2a8fbc21
	.word 0x7c75a624
	.word 0xde990dfc
	.word 0x1bf8bf8f
	.word 0x8d2268eb
	.word 0xc7d27674
	.word 0xaa8aedba
	.word 0x108712a4
	.word 0xa8ae926d
	.word 0x2682ec9c
	.word 0x193b7394
	.word 0x9e70ce30
	.word 0x7167308b
	.word 0x79b57d30
	.word 0x1471d119
	.word 0xe40e2030
	.word 0x210e36b4
	.word 0x1cc06e58
	.word 0x3067bd7d
	.word 0x3ec7adb9
	.word 0xa56de821
	.word 0x155146b5
	.word 0x8d78f6b6
	.word 0xe6619341
	.word 0x5532f1e5
	.word 0x6ac4d822
	.word 0xc9dcf882
	.word 0x8f5eef64
	.word 0x4fa819d
	.word 0xcde874d9
	.word 0xad159960
	.word 0xd90b59fc
	.word 0xf4a49c26
	.word 0x832d9976
	.word 0x306b6f97
	.word 0xeead8a3b
	.word 0xa2b27c0e
	.word 0x4b4a9877
	.word 0x10cafef5
	.word 0xad9b569f
	.word 0x2e52725b
	.word 0x633d68b7
	.word 0xb561be2
	.word 0xcd6dc117
	.word 0xdcac6db0
	.word 0x7252e29d
	.word 0xee2be63d
	.word 0xcf6de62b
	.word 0x6bf401f
	.word 0x39263f61
	.word 0x27866084
	.word 0x99443caf
	.word 0xc4ebab27
	.word 0x806d6fe0
	.word 0x9fbe5c28
	.word 0xd355b095
	.word 0xcda364f6
	.word 0x86837968
	.word 0xdc6fba5f
	.word 0x4fadb66d
	.word 0xd56d317d
	.word 0x1b17b35c
	.word 0x42f4f9a2
	.word 0x65da3f02
	.word 0x6577adff
	.word 0x89c8b6fb
	.word 0x7de4b770
	.word 0x8a529c55
	.word 0xe2d24799
	.word 0xee0763a9
	.word 0x4c3a1090
	.word 0xcb2ae704
	.word 0x6e8fb0c1
	.word 0x8a6c4dca
	.word 0x79748820
	.word 0xe66f7f18
	.word 0x3803001e
	.word 0x581d6fde
	.word 0x493c708d
	.word 0x229bd07b
	.word 0x4a071a11
	.word 0x81e8b8d3
	.word 0x48a0e6ea
	.word 0xdbcc1654
	.word 0x79d1e037
	.word 0xff33795c
	.word 0x930e9b50
	.word 0x4cf3d722
	.word 0xf4e60909
	.word 0x8d214eaa
	.word 0x3a7fc6d0
	.word 0x961157c2
	.word 0x21c07f76
	.word 0xebfba441
	.word 0x710ab4f8
	.word 0xd5214172
	.word 0x5ce08155
	.word 0xd58ae130
	.word 0xbc381926
	.word 0x5c8c53a8
	.word 0x9de2254
	.word 0x7f0c575e
	.word 0x491a580d
	.word 0x4164d900
	.word 0x92d23062
	.word 0x4f1d5bad
	.word 0x6979bab9
	.word 0x9bf8006e
	.word 0xe5443f14
	.word 0x367746a7
	.word 0xadaf736
	.word 0xd3bfb828
	.word 0xb3efe4d5
	.word 0xa1d90e8f
	.word 0x811d7feb
	.word 0xf2e11bfb
	.word 0xe25c75b4
	.word 0xf1b2bbe1
	.word 0x7f17d846
	.word 0x7f41369
	.word 0x36b74505
	.word 0x1ce6cbce
	.word 0x76724921
	.word 0xd598a7ca
	.word 0xed51683a
	.word 0xca9f4a31
	.word 0x58f6007d
	.word 0x87c46c21
	.word 0x42496921
	.word 0x82c2ac77
	.word 0x3ec8ddf1
	.word 0x8bab060a
	.word 0x862c445f
	.word 0xda53c28c
	.word 0xe240622d
	.word 0x2eb310cf
	.word 0xd9f005da
	.word 0xf02e069f
	.word 0x2f4222c1
	.word 0x85cdecc
	.word 0xe327f6ce
	.word 0xa2393e11
	.word 0x3a90c16c
	.word 0x75175672
	.word 0x64f26a5e
	.word 0x1e8e6ec2
	.word 0xb99eaa49
	.word 0xf6203862
	.word 0xd4ac1e74
	.word 0xbb340d65
	.word 0x698eb509
	.word 0x5ad6995e
	.word 0xb65ea9a0
	.word 0xe399ab5
	.word 0x908ba442
	.word 0x64715e23
	.word 0xb91626d9
	.word 0xc46a3fdf
	.word 0xf1a25cf7
	.word 0xfda0dcc9
	.word 0x21087575
	.word 0xdb7e9666
	.word 0x3ff8055f
	.word 0xd52ca436
	.word 0x74e2d883
	.word 0xd1a7403a
	.word 0xda381aa
	.word 0xcf491341
	.word 0x4909fff1
	.word 0xa80b75ca
	.word 0x10f884f3
	.word 0xcba7cc0
	.word 0x2769f771
	.word 0x297cadf2
	.word 0x2494c1f3
	.word 0x29f50b66
	.word 0x9ba86a6a
	.word 0x4a494218
	.word 0x234410bd
	.word 0x8b2fe294
	.word 0x98d67c6a
	.word 0xbc39ef27
	.word 0xba74b6e9
	.word 0xb999971d
	.word 0xe43426a0
	.word 0x7ce2ccd0
	.word 0x8a6313ec
	.word 0xebc21b83
	.word 0xbef7d49a
	.word 0xc8f263a8
	.word 0x14631c8b
	.word 0x89baa932
	.word 0x4f0c68fc
	.word 0x8062b755
	.word 0x787fe31
	.word 0xf075e031
	.word 0xc20f2708
	.word 0xfb28bb9f
	.word 0x673e9bf2
	.word 0x3c50bb92
	.word 0x4f7f2e63
	.word 0xfcd07c7a
	.word 0x98b7ff75
	.word 0x8c74f7f9
	.word 0x43f0093c
	.word 0x1822a2b7
	.word 0xc2f8f52d
	.word 0x57fa5b63
	.word 0x8e509028
	.word 0x16ee1e42
	.word 0x71e0aef1
	.word 0xe3e9212e
	.word 0x3e5cdbc8
	.word 0x194a21a
	.word 0x2f22b6d1
	.word 0x46edef8d
	.word 0x989a7263
	.word 0xc195808
	.word 0xc4113b04
	.word 0x8d489d3c
	.word 0x43051b2b
	.word 0xec61687b
	.word 0xeca3714c
	.word 0xd3dcb129
	.word 0xfacfc975
	.word 0x7fcc7825
	.word 0xe9dca861
	.word 0xe6c67729
	.word 0x2c4b2438
	.word 0x514c0b9e
	.word 0xd7cbd3a1
	.word 0x1a4b0abe
	.word 0x18821130
	.word 0xe23b022
	.word 0x7cde4a11
	.word 0x61a2b3f
	.word 0x2cc0baa1
	.word 0x49046a0b
	.word 0x4ce86d09
	.word 0x6864d80d
	.word 0x9fc5365f
	.word 0x18d791d8
	.word 0xb770716e
	.word 0x92e055c0
	.word 0x935b246c
	.word 0xd0d2f67
	.word 0xb4d2f9f7
	.word 0x9661ec21
	.word 0xd756a3b3
	.word 0x67388643
	.word 0x89eb6adb
	.word 0x72bf68e3
	.word 0x6bcba172
	.word 0xe3583e80
	.word 0x7581d444
	.word 0xae270bc0
	.word 0xa4baa18f
	.word 0xe1ec008a
	.word 0x5e537ef4
	.word 0x312072
	.word 0xa3d13fcd
	.word 0x13366f9
	.word 0xd06271ef
	.word 0x55a406c0
	.word 0x7af1e3be
	.word 0x96461f5d
	.word 0xe01f24eb
	.word 0x94ca93ea
	.word 0x1041a691
	.word 0xb6e10fd8
	.word 0x7452cef5
	.word 0x9c037e53
	.word 0x8ae59157
	.word 0x2122cb30
	.word 0x70da1552
	.word 0x7c79c12a
	.word 0xcfc8c384
	.word 0x20bd2358
	.word 0x1e1a4753
	.word 0x88f1894b
	.word 0x82ce0147
	.word 0x1e3ec6b4
	.word 0x1bec9dc0
	.word 0x82cfe4aa
	.word 0xb509eb67
	.word 0x84cca5f5
	.word 0x1e33b44c
	.word 0x7ffa0231
	.word 0xc83b800f
	.word 0xbf7dbe52
	.word 0x1e48bb29
	.word 0x2c9e685f
	.word 0xd32aea35
	.word 0x43edad63
	.word 0x3e777e23
	.word 0xe7dda9ba
	.word 0xfb2d92f
	.word 0xc6757fe4
	.word 0x58b0af20
	.word 0xe7c5b8ca
	.word 0x4b46c424
	.word 0xeb83b565
	.word 0x38c425b2
	.word 0x32354aeb
	.word 0xf6648cbf
	.word 0x9998b786
	.word 0x626e3672
	.word 0x30a4a062
	.word 0x31bef4f6
	.word 0xb282fa6
	.word 0xd541f1c8
	.word 0x84680af4
	.word 0x23efc58f
	.word 0xb0974c20
	.word 0x7b7f7589
	.word 0x2c0df2ae
	.word 0xd9570bc2
	.word 0x3dc5ad75
	.word 0x85026140
	.word 0xec6abf75
	.word 0xcb0c1457
	.word 0x795cc214
	.word 0xc2d861fb
	.word 0x120bb788
	.word 0xfbaa3b55
	.word 0x24d86395
	.word 0x3df02fc0
	.word 0x390e4b44
	.word 0xfcb0dd97
	.word 0x74b8cd6
	.word 0xacff807e
	.word 0xc2fdaec6
	.word 0x938fffd4
	.word 0xe2dc742e
	.word 0xe769c242
	.word 0x3b1c5792
	.word 0x8c27a3c5
	.word 0x73b8c2aa
	.word 0x165b5cdc
	.word 0xc5dca5bc
	.word 0x7c0aac29
	.word 0x187c852e
	.word 0x93f92902
	.word 0x6dff7fae
	.word 0xc3552bcb
	.word 0xa3a3637d
	.word 0x365837fb
	.word 0x244ebaa8
	.word 0x9063a785
	.word 0x76fdcc4c
	.word 0x21f15536
	.word 0x61a5833d
	.word 0xe98b305c
	.word 0x7f9e041c
	.word 0x5ca6a9d2
	.word 0xba090e9c
	.word 0xe082ad51
	.word 0x10322f65
	.word 0xee0a14ca
	.word 0x3ef352e3
	.word 0xc14c0e34
	.word 0x51df6051
	.word 0x776c9db
	.word 0x17f5195d
	.word 0x2f028572
	.word 0x8a33ae24
	.word 0x11d6a3f
	.word 0x27015e52
	.word 0x95a81ed7
	.word 0x5824082e
	.word 0xfd15337e
	.word 0x342106a3
	.word 0x8a58f7f9
	.word 0x5428ea
	.word 0x2c6c638e
	.word 0xa3a38380
	.word 0xa9aea749
	.word 0xd5b084aa
	.word 0x61916138
	.word 0xfb7ebb83
	.word 0xadd77d04
	.word 0xc8c5bdf
	.word 0x7908fca4
	.word 0xb515b2aa
	.word 0x6b5e924a
	.word 0x9be656e1
	.word 0x767191fc
	.word 0xcd8848bb
	.word 0x57761474
	.word 0x2ae30f88
	.word 0x29576a21
	.word 0x46762d28
	.word 0xf9bef4e1
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
