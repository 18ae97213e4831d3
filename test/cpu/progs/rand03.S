	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 152(x30)
	ld x3, 176(x30)
	ld x4, 120(x30)
	ld x5, 72(x30)
	ld x6, 88(x30)
	ld x7, 112(x30)
	ld x8, 88(x30)
	ld x9, 0(x30)
	ld x10, 80(x30)
	ld x11, 104(x30)
	ld x12, 48(x30)
	ld x13, 8(x30)
	ld x14, 48(x30)
	ld x15, 160(x30)
	ld x16, 56(x30)
	ld x17, 208(x30)
	ld x18, 168(x30)
	ld x19, 16(x30)
	ld x20, 56(x30)
	ld x21, 16(x30)
	ld x22, 96(x30)
	ld x23, 24(x30)
	ld x24, 104(x30)
	ld x25, 104(x30)
	ld x26, 72(x30)
	ld x27, 32(x30)
	ld x28, 152(x30)
	ld x29, 112(x30)
	ld x30, 16(x30)
	la x30, dvals
	fld f0, 32(x30)
	fld f1, 280(x30)
	fld f2, 160(x30)
	fld f3, 232(x30)
	fld f4, 72(x30)
	fld f5, 184(x30)
	fld f6, 208(x30)
	fld f7, 208(x30)
	flw f8, 316(x30)
	flw f9, 340(x30)
	fld f10, 0(x30)
	fld f11, 388(x30)
	fld f12, 232(x30)
	fld f13, 112(x30)
	fld f14, 376(x30)
	fld f15, 184(x30)
	fld f16, 152(x30)
	flw f17, 340(x30)
	fld f18, 304(x30)
	fld f19, 24(x30)
	fld f20, 200(x30)
	fld f21, 256(x30)
	fld f22, 48(x30)
	flw f23, 280(x30)
	fld f24, 372(x30)
	fld f25, 168(x30)
	fld f26, 72(x30)
	fld f27, 208(x30)
	fld f28, 200(x30)
	fld f29, 176(x30)
	fld f30, 152(x30)
	fld f31, 128(x30)
	sra x15, x28, x28
	addi x30, x31, 208
	amomax.d x11, x24, (x30)
	addw x15, x24, x26
	fcvt.s.l f19, x9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	xori x7, x1, 63
	srai x7, x24, 0
	slliw x8, x10, 1
	slti x24, x22, -1366
	la x30, dvals
	flw f1, 636(x30)
	la x30, dvals
	flw f24, 628(x30)
	fdiv.s f9, f1, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	fsqrt.s f13, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f26, 56(x30)
	fsub.d f1, f9, f26, rtz
	addi x30, x31, 1128
	amomin.d.rl x26, x9, (x30)
	mulw x23, x1, x24
	la x30, dvals
	flw f0, 684(x30)
	fmadd.s f18, f1, f0, f16, rmm
	lh x19, 592(x2)
	lb x25, 478(x31)
	la x30, dvals
	flw f21, 388(x30)
	fcvt.lu.s x3, f21, rtz
	la x30, dvals
	flw f2, 284(x30)
	la x30, dvals
	flw f25, 656(x30)
	fdiv.s f7, f2, f25, rne
	c.li x8, -9
	c.lui x8, 2
	addi x30, x31, 680
	amomax.d.rl x22, x0, (x30)
	addw x6, x20, x3
	la x30, dvals
	fld f11, 248(x30)
	fdiv.d f3, f11, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	fld f26, 136(x30)
	fcvt.l.d x22, f26, rup
	sltiu x19, x19, 2047
	or x6, x14, x23
	la x30, dvals
	flw f2, 624(x30)
	fsgnj.s f1, f2, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	fcvt.s.w f21, x29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	fld f9, 480(x30)
	la x30, dvals
	fld f15, 200(x30)
	fnmadd.d f16, f9, f15, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	fld f7, 120(x30)
	la x30, dvals
	fld f14, 464(x30)
	fadd.d f6, f7, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	lh x22, 1072(x2)
	xor x29, x1, x21
	la x30, dvals
	fld f26, 480(x30)
	la x30, dvals
	fld f12, 584(x30)
	fmin.d f27, f26, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	slli x13, x18, 32
	slliw x23, x26, 11
	sltiu x22, x10, -2
	slli x22, x20, 0
	slliw x21, x26, 20
	sub x6, x26, x7
	ori x23, x20, 31
	la x30, dvals
	flw f12, 664(x30)
	la x30, dvals
	flw f5, 292(x30)
	fmul.s f15, f12, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	c.mv x7, x6
	c.add x25, x7
	addiw x6, x28, -2048
	la x30, dvals
	fld f26, 24(x30)
	fmin.d f14, f4, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	mv x8, x31
	c.ld x15, 64(x8)
	auipc x0, 524287
	fcvt.d.s f5, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	divu x13, x19, x22
	addi x8, x15, 1
	flw f8, 604(x31)
	la x30, dvals
	flw f19, 668(x30)
	la x30, dvals
	flw f3, 608(x30)
	fmadd.s f8, f19, f3, f26, dyn
	sw x23, 1780(x31)
	divw x20, x6, x19
	and x1, x27, x21
	la x30, 1f
	jalr x12, 0(x30)
	sub x22, x14, x26
1:
	la x30, dvals
	flw f9, 664(x30)
	la x30, dvals
	flw f4, 640(x30)
	fsub.s f19, f9, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	lbu x13, 424(x2)
	or x15, x23, x18
	ori x25, x27, 1
	slt x22, x27, x18
	remu x11, x8, x1
	addi x30, x31, 16
	amomax.w.rl x21, x24, (x30)
	la x30, dvals
	fld f24, 416(x30)
	fmul.d f16, f6, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	slt x0, x28, x11
	c.li x28, 22
	c.lui x28, 2
	fsqrt.s f22, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	flw f8, 684(x30)
	la x30, dvals
	flw f31, 616(x30)
	fdiv.s f15, f8, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	mulw x17, x1, x24
	la x30, dvals
	flw f27, 280(x30)
	fmin.s f2, f27, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	fcvt.d.l f22, x20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	fld f24, 72(x30)
	fnmsub.d f22, f24, f21, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	mul x13, x25, x17
	addi x30, x31, 88
	amoadd.d.aqrl x1, x15, (x30)
	sb x20, 71(x31)
	la x30, dvals
	flw f29, 684(x30)
	la x30, dvals
	flw f17, 656(x30)
	fmadd.s f26, f29, f17, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	sb x18, 1944(x31)
	divuw x24, x10, x26
	mv x10, x31
	c.fsd f8, 104(x10)
	fdiv.s f26, f19, f7, rtz
	c.fsdsp f7, 496(sp)
	mv x12, x31
	c.fld f14, 104(x12)
	la x30, dvals
	flw f24, 352(x30)
	la x30, dvals
	flw f6, 320(x30)
	fmul.s f20, f24, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	xor x6, x19, x19
	c.fsdsp f28, 472(sp)
	la x30, dvals
	fld f31, 264(x30)
	fcvt.wu.d x20, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	jal x6, 1f
	xor x14, x26, x28
1:
	andi x24, x9, -2048
	la x30, dvals
	fld f30, 408(x30)
	la x30, dvals
	fld f29, 224(x30)
	fmax.d f13, f30, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	subw x22, x9, x7
	fsqrt.s f12, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	sh x26, 1568(x31)
	srai x22, x7, 1
	slliw x24, x18, 31
	fcvt.s.lu f26, x23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	c.fldsp f17, 384(sp)
	la x30, dvals
	fld f4, 576(x30)
	fmul.d f8, f4, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	mulhsu x1, x8, x26
	la x30, dvals
	flw f12, 392(x30)
	fcvt.d.s f10, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	or x27, x7, x10
	la x30, dvals
	flw f27, 384(x30)
	la x30, dvals
	flw f12, 376(x30)
	la x30, dvals
	flw f18, 676(x30)
	fmsub.s f30, f27, f12, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	srai x25, x7, 37
	slliw x11, x4, 0
	la x30, dvals
	flw f0, 348(x30)
	feq.s x20, f0, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	addi x30, x31, 1968
	amomax.w.rl x19, x25, (x30)
	la x30, dvals
	fld f5, 176(x30)
	fadd.d f26, f7, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	c.addi x14, 1
	c.addiw x14, 31
	subw x5, x28, x0
	la x30, dvals
	fld f27, 96(x30)
	fdiv.d f5, f27, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	blt x6, x0, 1f
	xor x23, x5, x29
	sra x19, x10, x8
1:
	addi x30, x31, 1000
	amomin.w x26, x29, (x30)
	fclass.s x27, f14
	la x30, dvals
	flw f18, 396(x30)
	fnmsub.s f20, f9, f18, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	auipc x21, 1
	fcvt.s.w f19, x17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	srlw x3, x28, x24
	fcvt.wu.s x15, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	flw f24, 304(x30)
	fmin.s f8, f24, f20
	mulhsu x18, x0, x24
	c.fldsp f18, 392(sp)
	la x30, dvals
	fld f12, 512(x30)
	la x30, dvals
	fld f3, 24(x30)
	fle.d x13, f12, f3
	slti x26, x27, 32
	sb x12, 1897(x31)
	la x30, dvals
	fld f10, 272(x30)
	la x30, dvals
	fld f12, 528(x30)
	fmul.d f18, f10, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	remu x10, x15, x24
	divw x25, x7, x19
	lh x20, 1004(x2)
	la x30, dvals
	flw f8, 304(x30)
	fadd.s f15, f4, f8, rtz
	remw x19, x7, x15
	fmv.d.x f20, x11
	slli x20, x8, 49
	srliw x10, x14, 1
	xor x1, x27, x6
	div x17, x7, x0
	remu x27, x1, x4
	la x30, 1f
	c.jr x30
	slt x21, x28, x14
1:
	la x30, dvals
	fld f11, 536(x30)
	la x30, dvals
	fld f25, 544(x30)
	fnmsub.d f30, f11, f2, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	fld f23, 512(x30)
	fmul.d f7, f23, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	fcvt.d.lu f17, x11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	slli x5, x0, 63
	slliw x12, x8, 14
	addi x30, x31, 1032
	amoand.w.aq x21, x6, (x30)
	and x15, x0, x24
	sub x7, x20, x6
	la x30, dvals
	flw f14, 632(x30)
	la x30, dvals
	flw f13, 664(x30)
	fadd.s f2, f14, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	andi x17, x14, -986
	sw x6, 80(x31)
	sd x3, 1200(x31)
	auipc x11, 524287
	addi x30, x31, 1416
	amoand.w.rl x11, x24, (x30)
	la x30, dvals
	flw f16, 596(x30)
	fmul.s f6, f3, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	mv x9, x31
	c.fsd f15, 136(x9)
	addi x30, x31, 1024
	lr.d.aq x19, (x30)
	sc.d.aq x8, x1, (x30)
	sub x6, x4, x11
	and x22, x10, x4
	and x18, x11, x6
	la x30, dvals
	fld f22, 64(x30)
	la x30, dvals
	fld f17, 416(x30)
	fnmadd.d f25, f19, f22, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	sltiu x10, x3, 1
	div x23, x23, x4
	remu x19, x7, x19
	remuw x18, x5, x0
	subw x19, x20, x15
	la x30, dvals
	flw f13, 664(x30)
	la x30, dvals
	flw f27, 288(x30)
	fsub.s f15, f13, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	bge x21, x23, 1f
	sll x0, x20, x1
1:
	remuw x19, x23, x11
	ori x26, x19, 64
	la x30, dvals
	flw f3, 372(x30)
	fsub.s f10, f24, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	addi x27, x6, -1
	c.li x7, 25
	c.lui x7, 7
	add x1, x20, x14
	sll x3, x21, x9
	srli x5, x19, 0
	slliw x4, x0, 1
	sltiu x13, x15, -2048
	la x30, dvals
	fld f29, 240(x30)
	la x30, dvals
	fld f13, 208(x30)
	la x30, dvals
	fld f8, 112(x30)
	fmadd.d f0, f29, f13, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	ld x11, 1608(x31)
	la x30, dvals
	flw f29, 292(x30)
	fadd.s f0, f29, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	mulhsu x9, x5, x16
	mv x14, x31
	c.lw x12, 112(x14)
	la x30, dvals
	flw f7, 652(x30)
	la x30, dvals
	flw f3, 664(x30)
	fsub.s f15, f7, f3, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	divw x20, x18, x28
	mulh x6, x13, x8
	fmul.d f10, f16, f28, rtz
	srl x6, x12, x7
	la x30, dvals
	flw f8, 348(x30)
	fcvt.l.s x27, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	slti x5, x14, 1
	fclass.s x26, f14
	mulh x7, x22, x28
	remuw x15, x17, x19
	fcvt.wu.d x16, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	lb x13, 21(x2)
	beq x27, x22, 1f
	sra x7, x4, x13
	sll x23, x4, x25
1:
	la x30, dvals
	fld f16, 472(x30)
	la x30, dvals
	fld f2, 72(x30)
	fadd.d f31, f16, f2, rdn
	srlw x6, x15, x0
	auipc x19, 0
	div x18, x26, x12
	fsflags x3, x0
	fmv.x.w x13, f21
	c.j 1f
	subw x13, x19, x22
1:
	jal x6, 1f
	subw x25, x9, x9
1:
	la x30, dvals
	flw f4, 656(x30)
	fadd.s f1, f25, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	fld f25, 72(x30)
	la x30, dvals
	fld f16, 176(x30)
	fdiv.d f15, f25, f16, rmm
	divw x1, x12, x4
	csrrsi x0, fflags, 27
	la x30, dvals
	flw f18, 284(x30)
	fsqrt.s f20, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f25, 448(x30)
	fcvt.lu.d x29, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	slli x10, x20, 33
	srliw x4, x25, 1
	sll x5, x4, x6
	auipc x15, 198598
	csrrs x16, fflags, x0
	subw x9, x0, x9
	mv x10, x31
	c.fsd f14, 248(x10)
	lh x0, 266(x31)
	lb x28, 1800(x2)
	ld x22, 512(x31)
	la x30, 1f
	c.jr x30
	subw x19, x25, x17
1:
	mv x10, x31
	c.fld f12, 160(x10)
	la x30, dvals
	fld f18, 24(x30)
	flt.d x26, f18, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	srai x24, x14, 32
	srliw x25, x7, 4
	mv x10, x31
	c.fsd f12, 80(x10)
	sw x0, 1268(x31)
	fmax.d f4, f4, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	la x30, dvals
	flw f12, 596(x30)
	fnmadd.s f19, f12, f7, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f16, 604(x30)
	fcvt.d.s f30, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	c.swsp x11, 24(sp)
	c.sdsp x24, 472(sp)
	la x30, dvals
	fld f3, 0(x30)
	fadd.d f19, f20, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	la x30, dvals
	flw f10, 660(x30)
	fcvt.lu.s x23, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	sraw x25, x1, x15
	fsqrt.s f0, f10, rtz
	c.nop
	addi x30, x31, 104
	amoadd.d x15, x21, (x30)
	la x30, dvals
	fld f31, 520(x30)
	fclass.d x0, f31
	la x30, dvals
	flw f16, 360(x30)
	feq.s x15, f16, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	ld x16, 1064(x31)
	slli x12, x17, 34
	slliw x21, x19, 2
	div x16, x14, x3
	srai x28, x3, 31
	slliw x25, x12, 8
	lwu x29, 52(x31)
	sd x0, 1416(x31)
	fcvt.w.s x3, f19, rne
	la x30, dvals
	fld f4, 88(x30)
	fsgnj.d f29, f4, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	auipc x26, 1048575
	sd x17, 320(x31)
	sltiu x9, x19, -2048
	la x30, dvals
	flw f24, 660(x30)
	la x30, dvals
	flw f1, 324(x30)
	fmsub.s f25, f3, f24, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	flw f27, 628(x30)
	fclass.s x3, f27
	addi x30, x31, 1032
	amomax.d.rl x26, x4, (x30)
	la x30, dvals
	fld f27, 264(x30)
	la x30, dvals
	fld f1, 208(x30)
	fmsub.d f0, f27, f9, f1, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	c.addi x1, 31
	c.addiw x1, -32
	sb x17, 1875(x31)
	subw x8, x28, x3
	remw x0, x22, x7
	lwu x0, 1168(x2)
	la x30, dvals
	flw f28, 660(x30)
	fmadd.s f26, f0, f28, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	or x20, x16, x8
	lui x21, 0
	slt x4, x11, x1
	la x30, dvals
	fld f7, 456(x30)
	la x30, dvals
	fld f22, 32(x30)
	fmul.d f25, f7, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	sltiu x9, x3, 64
	remuw x29, x1, x9
	add x21, x20, x19
	frcsr x23
	mv x11, x31
	c.lw x8, 16(x11)
	addi x30, x31, 680
	lr.w.rl x11, (x30)
	addw x24, x10, x3
	addi x30, x30, 8
	sc.w.rl x20, x3, (x30)
	sc.w x3, x16, (x30)
	sll x0, x28, x19
	remw x8, x7, x18
	remu x1, x16, x0
	lhu x23, 1954(x31)
	sd x26, 368(x31)
	la x30, dvals
	fld f0, 208(x30)
	fdiv.d f10, f0, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	flw f24, 364(x30)
	la x30, dvals
	flw f27, 280(x30)
	fmsub.s f29, f24, f27, f6, rup
	la x30, dvals
	fld f2, 8(x30)
	la x30, dvals
	fld f10, 168(x30)
	fmadd.d f5, f17, f2, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	c.nop
	mv x11, x31
	c.sw x14, 104(x11)
	lwu x10, 2008(x31)
	blt x20, x10, 1f
	sra x23, x5, x26
1:
	c.fldsp f15, 456(sp)
	fcvt.s.wu f24, x12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	ori x9, x28, 1
	la x30, dvals
	fld f24, 448(x30)
	la x30, dvals
	fld f24, 552(x30)
	fdiv.d f25, f24, f24, dyn
	jal x4, 1f
	xor x17, x19, x24
1:
	la x30, dvals
	flw f24, 616(x30)
	fle.s x19, f9, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	auipc x17, 1
	la x30, dvals
	flw f27, 596(x30)
	fcvt.w.s x0, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	bltu x22, x20, 1f
	sll x29, x19, x18
1:
	la x30, dvals
	fld f9, 256(x30)
	la x30, dvals
	fld f9, 224(x30)
	la x30, dvals
	fld f3, 568(x30)
	fnmsub.d f13, f9, f9, f3, rdn
	sra x14, x3, x1
	csrrsi x11, fflags, 21
	c.addi x11, 5
	c.addiw x11, 1
	srli x7, x23, 63
	srliw x3, x6, 31
	jal x14, 1f
	sra x13, x21, x3
1:
	la x30, dvals
	flw f3, 640(x30)
	fmul.s f17, f3, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	div x27, x14, x22
	c.mv x18, x18
	c.add x9, x18
	ori x21, x11, 31
	srlw x29, x0, x12
	fclass.d x3, f26
	blt x5, x14, 1f
	or x25, x17, x5
1:
	blt x9, x0, 1f
	sltu x5, x29, x3
	srlw x4, x8, x13
1:
	c.srli x12, 28
	c.andi x14, 25
	slti x13, x10, 2047
	srl x28, x9, x24
	c.fldsp f23, 168(sp)
	slti x26, x4, 32
	addi x30, x31, 872
	amoand.d x10, x23, (x30)
	jal x23, 1f
	srlw x5, x7, x16
1:
	jal x5, 1f
	sub x6, x29, x14
1:
	and x27, x10, x13
	divw x9, x29, x18
	sra x17, x6, x1
	la x30, dvals
	flw f4, 620(x30)
	la x30, dvals
	flw f6, 324(x30)
	la x30, dvals
	flw f30, 676(x30)
	fmsub.s f29, f4, f6, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	lwu x6, 912(x31)
	la x30, dvals
	flw f18, 284(x30)
	fsub.s f11, f18, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	fsub.s f26, f20, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	addi x30, x31, 248
	amomax.d.rl x10, x22, (x30)
	la x30, 1f
	jalr x15, 1(x30)
	sltu x5, x24, x24
1:
	srl x15, x18, x14
	slti x1, x22, 2047
	addi x30, x31, 40
	amoswap.w.aq x28, x3, (x30)
	lh x7, 1706(x2)
	mulhsu x14, x17, x3
	la x30, dvals
	fld f16, 32(x30)
	fsqrt.d f25, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	la x30, dvals
	flw f29, 340(x30)
	la x30, dvals
	flw f11, 620(x30)
	fadd.s f16, f29, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	srli x22, x20, 32
	slliw x15, x5, 18
	la x30, dvals
	flw f11, 636(x30)
	fmax.s f30, f27, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	la x30, dvals
	flw f13, 372(x30)
	fmin.s f21, f13, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	divu x29, x6, x19
	sll x11, x11, x12
	la x30, dvals
	fld f16, 440(x30)
	la x30, dvals
	fld f8, 208(x30)
	flt.d x4, f16, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	flw f13, 312(x30)
	fdiv.s f5, f13, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	fsqrt.s f25, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	bne x20, x24, 1f
	srl x8, x6, x28
1:
	bge x23, x5, 1f
	sll x6, x8, x6
1:
	div x3, x17, x3
	mv x13, x31
	c.fsd f12, 136(x13)
	fsqrt.s f11, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	fcvt.d.w f28, x16
	mv x14, x31
	c.fld f9, 24(x14)
	lbu x29, 333(x31)
	c.fldsp f16, 320(sp)
	la x30, dvals
	fld f30, 496(x30)
	la x30, dvals
	fld f16, 8(x30)
	flt.d x1, f30, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	sltu x12, x19, x12
	la x30, dvals
	flw f28, 640(x30)
	fcvt.w.s x24, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	srli x8, x24, 1
	sraiw x26, x18, 31
	div x17, x28, x13
	blt x5, x13, 1f
	add x18, x11, x27
	srlw x28, x10, x21
1:
	la x30, dvals
	fld f1, 536(x30)
	la x30, dvals
	fld f28, 136(x30)
	fsgnjx.d f9, f1, f28
	la x30, dvals
	flw f4, 320(x30)
	fadd.s f24, f20, f4, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	la x30, dvals
	flw f16, 648(x30)
	la x30, dvals
	flw f23, 288(x30)
	fsub.s f30, f16, f23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	addw x20, x3, x12
	addiw x10, x7, 2047
	mul x16, x20, x11
	la x30, dvals
	flw f8, 284(x30)
	la x30, dvals
	flw f7, 304(x30)
	la x30, dvals
	flw f23, 656(x30)
	fmadd.s f5, f8, f7, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	sll x28, x7, x13
	fcvt.s.wu f14, x18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	and x18, x27, x25
	fmin.s f5, f30, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	la x30, dvals
	fld f31, 0(x30)
	fadd.d f11, f31, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	fsqrt.s f5, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	lhu x12, 1800(x31)
	mulhu x26, x28, x29
	jal x24, 1f
	or x24, x24, x16
1:
	slti x22, x5, -2048
	divuw x7, x11, x15
	fmul.s f28, f3, f30, rup
	la x30, dvals
	fld f30, 96(x30)
	fadd.d f11, f5, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	auipc x22, 1048575
	fadd.s f18, f29, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	sltiu x27, x5, 31
	lwu x6, 1722(x2)
	fle.d x3, f23, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	fdiv.d f18, f26, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	la x30, dvals
	fld f26, 208(x30)
	fsub.d f9, f31, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	la x30, dvals
	flw f2, 676(x30)
	fsgnj.s f22, f21, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	lwu x13, 604(x2)
	andi x17, x27, 63
	la x30, dvals
	flw f12, 612(x30)
	fmadd.s f13, f6, f24, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	srlw x20, x7, x24
	la x30, dvals
	fld f15, 24(x30)
	fmsub.d f8, f27, f3, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	mulw x16, x20, x22
	addiw x15, x23, 31
	fld f15, 1776(x31)
	c.addi x25, 31
	c.addiw x25, -1
	jal x11, 1f
	srlw x16, x26, x27
1:
	lhu x22, 1908(x2)
	sub x0, x22, x14
	beq x26, x17, 1f
	addw x0, x20, x8
	addw x23, x26, x3
1:
	add x9, x19, x0
	c.addi4spn x12, sp, 560
	addw x6, x13, x19
	divu x11, x12, x8
	la x30, dvals
	flw f11, 348(x30)
	fadd.s f0, f6, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 97(x30)
	blt x21, x6, 1f
	srlw x9, x12, x7
1:
	mulh x11, x1, x19
	c.lwsp x17, 168(sp)
	c.ldsp x7, 168(sp)
	la x30, dvals
	fld f30, 32(x30)
	la x30, dvals
	fld f2, 416(x30)
	la x30, dvals
	fld f4, 232(x30)
	fmadd.d f23, f30, f2, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 98(x30)
	la x30, dvals
	fld f27, 264(x30)
	fdiv.d f2, f27, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 99(x30)
	subw x17, x27, x24
	xor x13, x11, x20
	bne x10, x15, 1f
	subw x26, x22, x29
	xor x17, x13, x18
1:
	la x30, dvals
	fld f3, 240(x30)
	fmadd.d f3, f2, f3, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 100(x30)
	subw x0, x3, x13
	bgeu x21, x20, 1f
	slt x19, x11, x10
1:
	la x30, dvals
	fld f1, 416(x30)
	fle.d x25, f24, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 101(x30)
	addi x30, x31, 1232
	amomin.w.rl x9, x18, (x30)
	la x30, dvals
	fld f4, 88(x30)
	fsgnj.d f20, f4, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 102(x30)
	addi x30, x31, 1704
	lr.w x28, (x30)
	addi x30, x30, 8
	sc.w x20, x5, (x30)
	divuw x29, x27, x14
	la x30, dvals
	fld f25, 544(x30)
	la x30, dvals
	fld f21, 544(x30)
	fadd.d f14, f25, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 103(x30)
	la x30, dvals
	fld f11, 192(x30)
	la x30, dvals
	fld f22, 240(x30)
	fdiv.d f28, f11, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 104(x30)
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
	.dword 0x8a8cb4069d833a00
	.dword 0xa2abab412fbff4a0
	.dword 0xf4581a951652e310
	.dword 0x0c28070895e92cec
	.dword 0xbeea6e16963227c2
	.dword 0x8b8bda47e8ab06e6
	.dword 0x8687d97dc8a0b289
	.dword 0x00ce43d1de34f6eb
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
	.dword 0xbf4064c053acd514
	.dword 0x3e4ba4b8031d323e
	.dword 0xc1c342a39c4bb8f0
	.dword 0xc1b03d1a86fd9d33
	.dword 0x3fb8612017e5ced6
	.dword 0xbe2bd6e0f9e4f60b
	.dword 0x4020f28a8f71a46a
	.dword 0x3edaa8b8cadadace
	.dword 0xbe822cec11fb398b
	.dword 0xc1bf5fddb0c4dc17
	.dword 0x419315502535addc
	.dword 0xbf0069bf84defc2c
	.dword 0xffef1b09d7e031de
	.dword 0x43e3048276086fd3
	.dword 0x003afb3d6909880b
	.dword 0xffd02c7628eff6c9
	.dword 0x802c3e08c77f1ca6
	.dword 0xc1e514625126f0a6
	.dword 0x41eb2501df3ecaac
	.dword 0xc1e9a9c7fdb88fef
	.dword 0x03208cc16f2b837d
	.dword 0x41e2a33eb1c8dc0c
	.dword 0x00254cf4239dc3a1
	.dword 0x0324cb0fd674a1c5
	.word 0xbb691e52
	.word 0xc369d348
	.word 0x41e00158
	.word 0xc415af09
	.word 0x3f2f5e2d
	.word 0x39d9e202
	.word 0x44fd6c17
	.word 0x39da8029
	.word 0xc4fe868e
	.word 0x423078f8
	.word 0xbd2717ea
	.word 0xc53c393f
	.word 0xdf7be4e3
	.word 0x5f43c94c
	.word 0x8f6e5ff5
	.word 0xdf02c8c6
	.word 0x5f60996b
	.word 0x8f1b2605
	.word 0x5f1ec48d
	.word 0x80c8a787
	.word 0x8091c06c
	.word 0x1d9d97
	.word 0x445456
	.word 0x8154362f
	.balign 16
scratch:
	.word 0x2f13c7
	.word 0xa8a7df6c
	.word 0x3a04afe9
	.word 0x50c2dab5
	.word 0x791b909f
	.word 0x6a06d67b
	.word 0xa9f42dff
	.word 0xa530a09a
	.word 0x9554b96b
	.word 0x4d42d2b7
	.word 0xf5931e9d
	.word 0x5e5e421d
	.word 0x55a88b73
	.word 0xdc1feb10
	.word 0xec28e6e
	.word 0xbee35cc9
	.word 0x7a38d8f4
	.word 0x45eb6487
	.word 0x609977a
	.word 0xa83f6c29
	.word 0xf2f7b074
	.word 0x9bdf7308
	.word 0xc2777337
	.word 0xae2122df
	.word 0xc52a7ba2
	.word 0xc191af2d
	.word 0x7afad7f7
	.word 0x2080d955
	.word 0x4ee6f480
	.word 0x9ea12bdb
	.word 0xc098d0f6
	.word 0x8a49cb15
	.word 0xd64d6280
	.word 0x39b6ae4e
	.word 0x639c1651
	.word 0xcb9e99ba
	.word 0xd93682e
	.word 0x724594c5
	.word 0xdb77c1cb
	.word 0x4a98bdec
	.word 0xf9877cbe
	.word 0xd4064176
	.word 0x99396322
	.word 0x1ef2480c
	.word 0xa98f9d55
	.word 0x1e8718a7
	.word 0x4fe34bae
	.word 0xf4458445
	.word 0xdd6dc243
	.word 0xc1978af1
	.word 0x29ffe035
	.word 0x6adc73e9
	.word 0x70851699
	.word 0x989da9f2
	.word 0x99dc1b43
	.word 0x4c3ab539
	.word 0x492e9697
	.word 0xe47b5649
	.word 0x58f41310
	.word 0x8859b53b
	.word 0x612fc2c4
	.word 0xb796c19f
	.word 0x9b07dfed
	.word 0x7fb3bd90
	.word 0x8368b90
	.word 0xf1d80172
	.word 0xcf3108a9
	.word 0x2aafa8db
	.word 0x29204721
	.word 0x194a8fa3
	.word 0x5f67b47c
	.word 0x94e47188
	.word 0x407ae0a2
	.word 0x91bb7c35
	.word 0x3989c64b
	.word 0x29547b8b
	.word 0x628c5bb9
	.word 0xd69ae7c4
	.word 0xc6267c55
	.word 0x3c37c8e3
	.word 0x605284b6
	.word 0x284fc654
	.word 0xc020ecd6
	.word 0x6af2036b
	.word 0x7971b2a4
	.word 0xab87b3f6
	.word 0xe2d2fc4a
	.word 0x1627be07
	.word 0xdd02f074
	.word 0xe28a0fb2
	.word 0xccffdf8c
	.word 0xd6c6c56b
	.word 0xc31fe99e
	.word 0xfbaae788
	.word 0x4c2d3085
	.word 0xad8156fb
	.word 0x6c90dfd4
	.word 0x9a26e841
	.word 0xa2f39116
	.word 0xcaf616be
	.word 0xc1b876e
	.word 0xe2395bb5
	.word 0xe0bc7d52
	.word 0x8dd751f9
	.word 0x9ae003ad
	.word 0xc8283207
	.word 0x37e1353
	.word 0xe39668f9
	.word 0xffa2a81d
	.word 0xfe8af4ed
	.word 0xa2f79826
	.word 0x6f9d6b3f
	.word 0x9da7a202
	.word 0x551d08d1
	.word 0x74ed0892
	.word 0x6a1b6fcd
	.word 0xfbbb4bbc
	.word 0xcb5cd99a
	.word 0x5d99840d
	.word 0xce1a42a1
	.word 0x4f8a1146
	.word 0xb9f82577
	.word 0x1785e05c
	.word 0xda4886fb
	.word 0x9867f5b0
	.word 0xbce91dd8
	.word 0x75181c51
	.word 0xa4d2e418
	.word 0xf2629e30
	.word 0x953d12a2
	.word 0xda406bd6
	.word 0x3062c92b
	.word 0x41b42c88
	.word 0x408c9dda
	.word 0xb5c13c61
	.word 0xdbe7fda7
	.word 0xae32fe4e
	.word 0xce9390d3
	.word 0x2dbc7c77
	.word 0xe46b60ae
	.word 0x87a276b1
	.word 0xe7f2736b
	.word 0x9a77b324
	.word 0xee73a08d
	.word 0xd62bfa3c
	.word 0x84e9ffca
	.word 0xd90caa02
	.word 0xc5d548a4
	.word 0xf4fe2644
	.word 0x36e175bf
	.word 0x1285ab14
	.word 0x5b086407
	.word 0xa69d57a3
	.word 0x814f0377
	.word 0x451baf07
	.word 0x2f91b83a
	.word 0xa487a51
	.word 0xa54942d0
	.word 0x2f738f79
	.word 0x8d0c86d7
	.word 0xa71b6fbc
	.word 0x977dd38a
	.word 0x8c9c248c
	.word 0x9b9b1ca
	.word 0xcf9d2f4a
	.word 0x24ff1470
	.word 0x85f9e48
	.word 0x894a93e3
	.word 0xbde55178
	.word 0xee81093d
	.word 0x3b7f132e
	.word 0xfa4d4bc3
	.word 0x35954979
	.word 0xbfec3a4
	.word 0xa2cf6641
	.word 0x8eeb4902
	.word 0x1ea42607
	.word 0xd6f5ed95
	.word 0x3a87ef6
	.word 0x82a1a16d
	.word 0x67071f4b
	.word 0x19299abc
	.word 0x65bfffe3
	.word 0xd2398a82
	.word 0x8e5eddf6
	.word 0xe9e6d7c6
	.word 0x50dfc769
	.word 0xae64dd70
	.word 0x8c923535
	.word 0x8caaf5cf
	.word 0x907ce406
	.word 0x93786d78
	.word 0x44336073
	.word 0x2f9f99cd
	.word 0x486ca45e
	.word 0x40064f8d
	.word 0xb702c5b6
	.word 0x193a3fec
	.word 0x8635816f
	.word 0xf5173603
	.word 0x693ca2e8
	.word 0x515a5758
	.word 0x6d9a0a80
	.word 0xb5898045
	.word 0x35ad3225
	.word 0xeed2a1f1
	.word 0xe7774c67
	.word 0xd18ec85a
	.word 0x18340f18
	.word 0xa33f3d93
	.word 0xd5228575
	.word 0x340091d3
	.word 0xe166bb0e
	.word 0xf6eb61ad
	.word 0xc10f1482
	.word 0x5077eced
	.word 0x10a95918
	.word 0x4ac2df7d
	.word 0x34838a8b
	.word 0xff8bc422
	.word 0x66f73305
	.word 0x926dba8e
	.word 0x82b16a10
	.word 0x519480c9
	.word 0xf035c1ef
	.word 0x4908b88b
	.word 0x9d270767
	.word 0xc4b0e9c2
	.word 0xe89065c6
	.word 0x61322d92
	.word 0xb48f8592
	.word 0xc381160c
	.word 0xc95c332c
	.word 0xa80b02b0
	.word 0xc3f1b55e
	.word 0x5e1bf193
	.word 0x2519b167
	.word 0x759e475d
	.word 0x13c28507
	.word 0x2f2ad276
	.word 0xd9e13044
	.word 0x2d039b0
	.word 0xb9215323
	.word 0xfbea2aa1
	.word 0x6974ea3e
	.word 0x725954c7
	.word 0x40f28c47
	.word 0x3e36fbba
	.word 0xc978a85a
	.word 0x52034a03
	.word 0x5325c3e2
	.word 0x80673f8e
	.word 0x954f44e5
	.word 0xc7a89b8c
	.word 0x4ff74de0
	.word 0x6f28c665
	.word 0x8b6fef77
	.word 0xa6a7b2d7
	.word 0x4f522f89
	.word 0x5ec251d8
	.word 0x8bd22f24
	.word 0x8efcfdf
	.word 0xd39ebdf5
	.word 0x8023e345
	.word 0x752c9160
	.word 0x71cbee0
	.word 0x88de2680
	.word 0xcdce1067
	.word 0xf79c0746
	.word 0x99eb637c
	.word 0x4517ae7e
	.word 0xabdef452
	.word 0xdfc551f8
	.word 0xcab70ba5
	.word 0x53b476c4
	.word 0x70ff9632
	.word 0xc50b72ee
	.word 0xc18a0fe5
	.word 0x8eab141e
	.word 0x693ce34a
	.word 0x5feee5e0
	.word 0xe9062d69
	.word 0xb9c87cbc
	.word 0x7dab55f3
	.word 0xf5b2f159
	.word 0xd8a91635
	.word 0xb796ab42
	.word 0x3d259d9d
	.word 0x5c592016
	.word 0x73205b5b
	.word 0x712be8be
	.word 0x8bb9faa0
	.word 0x2959ba16
	.word 0xdd75d67b
	.word 0x90ea3166
	.word 0xe15daa5
	.word 0x1d6520a5
	.word 0x974a5fbd
	.word 0x4b0fad83
	.word 0x694dc95c
	.word 0xdca20c8f
	.word 0x3b47e0d6
	.word 0x2cf52c78
	.word 0xa6377065
	.word 0x4f457b78
	.word 0xe56b66cd
	.word 0xbfe2c094
	.word 0x19f65eec
	.word 0x975d48d9
	.word 0xf68888ba
	.word 0x1468d5d5
	.word 0xd49c253c
	.word 0x574a2901
	.word 0x5f2a06b4
	.word 0xe06da00a
	.word 0xd9f58dbc
	.word 0x60050a3d
	.word 0xe91b991c
	.word 0xdd32d400
	.word 0x71e06cf9
	.word 0xf3912a06
	.word 0xce1acae
	.word 0x17fa7294
	.word 0x6cb31640
	.word 0xc1193edd
	.word 0x3e9f5a3c
	.word 0x6eceaad0
	.word 0xc90a145a
	.word 0xfba322da
	.word 0x60fd89e6
	.word 0xe9e501c6
	.word 0x72614028
	.word 0x16e9ce5a
	.word 0xcb71a0ab
	.word 0x13f35c39
	.word 0x76fc4063
	.word 0x20fbbc7b
	.word 0xb9ea0fe1
	.word 0xfadc2eaa
	.word 0x9e2374ee
	.word 0xe7675a91
	.word 0x8a9aedeb
	.word 0x33db2978
	.word 0x88744242
	.word 0x7bc49dc
	.word 0x5e765d7f
	.word 0x2ee705f3
	.word 0x579593f
	.word 0xe58b6c10
	.word 0x892c2a94
	.word 0x83ab39cb
	.word 0x76d75bc2
	.word 0x2845f7b5
	.word 0x40d0816c
	.word 0x4f580b52
	.word 0x887fe52b
	.word 0xef8d5786
	.word 0xeacb1238
	.word 0x990699be
	.word 0xc1ee866
	.word 0xf35a5d0f
	.word 0xa787cf32
	.word 0x9255a042
	.word 0xede39eec
	.word 0x59f46f93
	.word 0x54cad790
	.word 0xc922c10c
	.word 0xb162382d
	.word 0x3a9b80de
	.word 0x1a8cd65e
	.word 0x88ad99dd
	.word 0x4952a6d6
	.word 0xac856a52
	.word 0x382a7c15
	.word 0x82b41fe1
	.word 0x284fd7e5
	.word 0x84d0c93c
	.word 0x2317ff27
	.word 0x429d5a9e
	.word 0xd0132159
	.word 0x333333e5
	.word 0xfcb89102
	.word 0x3d8c6f8e
	.word 0xbfc301b0
	.word 0x2158a70a
	.word 0x82864716
	.word 0x6f0e6a4
	.word 0x5ea91d76
	.word 0xddfb9d55
	.word 0x647c25dd
	.word 0xf839427e
	.word 0xdeaba2e5
	.word 0xf41da45e
	.word 0x525ec6b5
	.word 0xdb8c5dd1
	.word 0x56fcec8a
	.word 0xa6d4eebc
	.word 0x5b6d149d
	.word 0xc627c422
	.word 0xead0f513
	.word 0x7a2f0a6a
	.word 0xf722fcbb
	.word 0xbe0cd4c1
	.word 0xb60837eb
	.word 0xae54fdb1
	.word 0xdba6d40
	.word 0x425be469
	.word 0xe40dbb42
	.word 0x3fdf8cf0
	.word 0x67c91d0
	.word 0x1c9da593
	.word 0xaddda104
	.word 0x265892ba
	.word 0xb5f6df1d
	.word 0xacbc4af7
	.word 0x99b5b8c6
	.word 0xfb009d90
	.word 0xfeefd0e9
	.word 0x9aaca090
	.word 0xd96a5e2f
	.word 0xc7511878
	.word 0x6f9320b7
	.word 0x7b3d6bd5
	.word 0x1eb3be36
	.word 0x47dc1b0c
	.word 0x5302d312
	.word 0x257263e2
	.word 0x48ccfbc5
	.word 0x213233ff
	.word 0x8ef1eb79
	.word 0xc04cc476
	.word 0x40872af7
	.word 0x1eea9b7b
	.word 0xfd3e6a99
	.word 0x3dc7074f
	.word 0x78ffb2d8
	.word 0x5a3a44ca
	.word 0x46c2befb
	.word 0x32a718d5
	.word 0xe607d16b
	.word 0x997d50be
	.word 0x5e3ba86b
	.word 0x4ded63f0
	.word 0xd3f17419
	.word 0x53377ea0
	.word 0x20873af1
	.word 0x3cf65abd
	.word 0x391accd
	.word 0xf70aeee9
	.word 0xf024ebc2
	.word 0xc6cf30ec
	.word 0x3a86b025
	.word 0x7cceaae4
	.word 0x9bddbb8d
	.word 0xb92db6bb
	.word 0xf0a0f986
	.word 0x1d99878e
	.word 0x8062767a
	.word 0x1b0774ac
	.word 0x47c342c5
	.word 0xdce55408
	.word 0xbae9887a
	.word 0xf7373ca9
	.word 0x4e08bf8
	.word 0xa66fa7d7
	.word 0x38bd3d
	.word 0xe47dc8b2
	.word 0xf01f66e7
	.word 0x84b29846
	.word 0x20fc40fb
	.word 0xb48de5ca
	.word 0xea09bd0
	.word 0xa688329d
	.word 0xbba39cf0
	.word 0xcf82e52e
	.word 0xf7cafb1d
	.word 0xbd88e669
	.word 0x89f74fab
	.word 0x6041eaea
	.word 0xfe8c08e4
	.word 0x8d8652ac
	.word 0xbdadd9e5
	.word 0xd4be2f0d
	.word 0x3aaf73e2
	.word 0x4eb868eb
	.word 0x37000e19
	.word 0xeea59a78
	.word 0xe0bc252d
	.word 0xe72f5301
	.word 0xa4a1c166
	.word 0xd24ab20
	.word 0x905c0700
	.word 0x73de49e
	.word 0xce615069
	.word 0x69ec49bf
	.word 0xfba0e392
	.word 0x1d88df1b
	.word 0xcb1c39ee
	.word 0xc81a203e
	.word 0xfa96030
	.word 0x56414d07
	.word 0x83d3cc17
	.word 0xb07b76df
	.word 0xabfc86f
	.word 0x85f86776
	.word 0xabca9c5d
	.word 0xf0694fdd
	.word 0xebc2e194
	.word 0x49f777ec
	.word 0x465e2949
	.word 0xed9e56b2
	.word 0xce48a7d6
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
