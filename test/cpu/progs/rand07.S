	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 80(x30)
	ld x3, 168(x30)
	ld x4, 192(x30)
	ld x5, 120(x30)
	ld x6, 48(x30)
	ld x7, 8(x30)
	ld x8, 208(x30)
	ld x9, 208(x30)
	ld x10, 200(x30)
	ld x11, 192(x30)
	ld x12, 56(x30)
	ld x13, 144(x30)
	ld x14, 192(x30)
	ld x15, 184(x30)
	ld x16, 184(x30)
	ld x17, 136(x30)
	ld x18, 80(x30)
	ld x19, 144(x30)
	ld x20, 80(x30)
	ld x21, 112(x30)
	ld x22, 8(x30)
	ld x23, 8(x30)
	ld x24, 184(x30)
	ld x25, 120(x30)
	ld x26, 144(x30)
	ld x27, 152(x30)
	ld x28, 168(x30)
	ld x29, 168(x30)
	ld x30, 120(x30)
	la x30, dvals
	fld f0, 32(x30)
	fld f1, 224(x30)
	fld f2, 80(x30)
	flw f3, 356(x30)
	fld f4, 272(x30)
	flw f5, 360(x30)
	fld f6, 128(x30)
	fld f7, 8(x30)
	fld f8, 128(x30)
	fld f9, 176(x30)
	fld f10, 32(x30)
	fld f11, 232(x30)
	fld f12, 16(x30)
	fld f13, 0(x30)
	flw f14, 284(x30)
	fld f15, 48(x30)
	flw f16, 296(x30)
	fld f17, 80(x30)
	flw f18, 356(x30)
	fld f19, 176(x30)
	fld f20, 248(x30)
	fld f21, 136(x30)
	flw f22, 368(x30)
	fld f23, 136(x30)
	flw f24, 368(x30)
	fld f25, 8(x30)
	fld f26, 200(x30)
	flw f27, 356(x30)
	fld f28, 32(x30)
	fld f29, 128(x30)
	flw f30, 348(x30)
	flw f31, 348(x30)
	la x30, dvals
	fld f21, 496(x30)
	la x30, dvals
	fld f14, 248(x30)
	fsub.d f6, f21, f14, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	addi x30, x31, 1016
	lr.d.aqrl x17, (x30)
	subw x21, x0, x6
	sc.d.aqrl x29, x11, (x30)
	sw x9, 570(x31)
	bltu x9, x8, 1f
	xor x19, x16, x22
	subw x26, x29, x5
1:
	ld x7, 704(x31)
	remu x16, x11, x5
	srli x21, x0, 1
	slliw x13, x29, 0
	c.bnez x8, 1f
	addw x1, x22, x7
1:
	fcvt.l.d x12, f16, dyn
	addi x30, x31, 1576
	lr.d.aqrl x7, (x30)
	srl x14, x11, x18
	sc.d.aqrl x21, x25, (x30)
	sc.d x11, x22, (x30)
	fcvt.d.lu f11, x4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	mv x8, x31
	c.fld f10, 96(x8)
	bgeu x0, x0, 1f
	srl x26, x0, x12
1:
	fcvt.l.d x20, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	fsgnjn.s f10, f4, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sltiu x28, x7, 0
	lb x9, 1025(x2)
	lhu x5, 1376(x31)
	sraw x12, x28, x17
	sltu x9, x18, x13
	la x30, 1f
	jalr x28, 1(x30)
	addw x20, x17, x24
1:
	fcvt.lu.d x25, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	blt x18, x0, 1f
	subw x25, x26, x15
	addw x11, x25, x26
1:
	bne x23, x15, 1f
	sra x22, x8, x1
	sll x10, x4, x10
1:
	la x30, dvals
	fld f25, 464(x30)
	la x30, dvals
	fld f19, 64(x30)
	fmul.d f13, f25, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	bgeu x11, x0, 1f
	add x5, x23, x28
	srl x20, x7, x22
1:
	la x30, dvals
	flw f16, 284(x30)
	la x30, dvals
	flw f20, 348(x30)
	fadd.s f23, f16, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	rem x19, x0, x14
	la x30, dvals
	flw f29, 312(x30)
	fle.s x26, f5, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	remu x22, x17, x3
	la x30, dvals
	flw f12, 288(x30)
	fmax.s f7, f1, f12
	remu x12, x26, x22
	c.nop
	ori x17, x10, 1
	slli x9, x24, 32
	slliw x6, x0, 1
	fcvt.d.l f15, x21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	lh x22, 110(x2)
	la x30, dvals
	flw f28, 364(x30)
	la x30, dvals
	flw f10, 684(x30)
	fdiv.s f21, f28, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	subw x7, x25, x27
	xori x4, x17, 1
	divw x6, x29, x0
	sltu x17, x8, x19
	srli x6, x27, 63
	slliw x27, x18, 1
	ori x15, x20, 31
	la x30, dvals
	fld f25, 528(x30)
	la x30, dvals
	fld f28, 80(x30)
	la x30, dvals
	fld f31, 232(x30)
	fmadd.d f13, f25, f28, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	fsqrt.d f0, f12, rup
	sd x24, 711(x31)
	c.addi x18, 31
	c.addiw x18, -1
	fadd.s f19, f6, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	fld f20, 544(x30)
	la x30, dvals
	fld f23, 224(x30)
	fsgnj.d f7, f20, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	la x30, dvals
	flw f26, 332(x30)
	la x30, dvals
	flw f8, 592(x30)
	la x30, dvals
	flw f0, 640(x30)
	fmsub.s f9, f26, f8, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	fld f31, 144(x30)
	fsqrt.d f21, f31, rne
	sd x17, 456(x31)
	la x30, dvals
	flw f11, 612(x30)
	fadd.s f9, f3, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	sltiu x5, x4, -2
	fdiv.s f26, f12, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	xor x7, x21, x9
	sb x3, 339(x31)
	lbu x6, 1057(x2)
	div x29, x19, x17
	sd x14, 448(x31)
	mul x25, x12, x28
	jal x16, 1f
	sraw x16, x22, x23
1:
	jal x13, 1f
	add x18, x27, x22
1:
	fsqrt.s f8, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	sb x28, 2012(x31)
	sd x17, 1738(x31)
	auipc x18, 3049
	slli x16, x10, 33
	sraiw x27, x28, 31
	lui x16, 1048575
	la x30, dvals
	flw f24, 396(x30)
	la x30, dvals
	flw f11, 620(x30)
	fmin.s f31, f24, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	flw f5, 596(x30)
	fcvt.wu.s x21, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	lui x4, 635721
	mv x10, x31
	c.sw x13, 8(x10)
	and x3, x25, x7
	srlw x16, x22, x14
	blt x22, x6, 1f
	subw x0, x0, x7
1:
	sh x28, 1529(x31)
	lb x24, 595(x2)
	la x30, dvals
	fld f12, 408(x30)
	fmax.d f15, f12, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	c.fldsp f17, 200(sp)
	la x30, dvals
	fld f31, 208(x30)
	la x30, dvals
	fld f13, 504(x30)
	fle.d x27, f31, f13
	la x30, 1f
	jalr x16, 0(x30)
	sub x11, x1, x6
1:
	bge x6, x6, 1f
	slt x13, x19, x24
	or x1, x7, x3
1:
	feq.d x24, f9, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	c.addw x12, x13
	fnmadd.s f4, f6, f21, f31, rdn
	sub x28, x4, x19
	la x30, dvals
	fld f28, 184(x30)
	fadd.d f26, f1, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	sh x21, 752(x31)
	sd x0, 1440(x31)
	c.slli x7, 28
	mulhu x0, x0, x1
	la x30, dvals
	fld f14, 120(x30)
	flt.d x13, f14, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	fcvt.l.s x17, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fcvt.d.wu f17, x25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	addi x30, x31, 760
	amoadd.w x15, x29, (x30)
	la x30, dvals
	flw f19, 380(x30)
	fmul.s f8, f7, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	flw f4, 676(x30)
	fsub.s f10, f30, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	subw x25, x21, x24
	divuw x4, x28, x17
	la x30, dvals
	fld f24, 408(x30)
	la x30, dvals
	fld f16, 0(x30)
	fsub.d f14, f24, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	la x30, dvals
	flw f28, 592(x30)
	la x30, dvals
	flw f25, 628(x30)
	fdiv.s f4, f28, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	la x30, dvals
	flw f2, 636(x30)
	la x30, dvals
	flw f15, 684(x30)
	fmadd.s f9, f7, f2, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	la x30, 1f
	jalr x28, 1(x30)
	sraw x9, x22, x28
1:
	la x30, dvals
	flw f29, 676(x30)
	la x30, dvals
	flw f21, 628(x30)
	fmadd.s f16, f8, f29, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	fcvt.l.d x16, f17, rtz
	la x30, dvals
	flw f11, 288(x30)
	fadd.s f2, f17, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	c.nop
	addiw x3, x9, 0
	la x30, dvals
	flw f4, 672(x30)
	la x30, dvals
	flw f3, 648(x30)
	fmadd.s f9, f4, f3, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, 1f
	jalr x11, 0(x30)
	sra x28, x9, x19
1:
	sllw x0, x6, x1
	la x30, dvals
	flw f28, 664(x30)
	la x30, dvals
	flw f4, 308(x30)
	fnmsub.s f26, f28, f27, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	fld f27, 88(x30)
	fclass.d x9, f27
	sraw x17, x1, x5
	divu x1, x16, x23
	addi x30, x31, 1200
	lr.d.rl x9, (x30)
	sc.d.rl x29, x7, (x30)
	bge x7, x13, 1f
	and x4, x22, x13
	sll x0, x18, x7
1:
	la x30, dvals
	flw f17, 652(x30)
	fcvt.d.s f22, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	sb x6, 1296(x31)
	lui x7, 970854
	bne x8, x11, 1f
	sraw x5, x23, x24
	slt x29, x5, x5
1:
	fmax.s f25, f8, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	addw x4, x14, x26
	slli x21, x25, 43
	srliw x25, x3, 31
	remw x8, x7, x19
	sltiu x14, x20, 2047
	bne x10, x5, 1f
	addw x9, x7, x8
1:
	lh x8, 402(x31)
	slti x13, x18, -1
	sd x1, 352(x31)
	sra x19, x3, x1
	c.slli x23, 41
	la x30, dvals
	fld f24, 456(x30)
	la x30, dvals
	fld f17, 448(x30)
	fnmsub.d f30, f24, f8, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	remu x7, x27, x19
	fsd f7, 520(x31)
	bltu x29, x25, 1f
	sraw x9, x5, x24
	or x16, x16, x0
1:
	fmul.s f25, f14, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	sh x14, 1028(x31)
	la x30, dvals
	flw f28, 388(x30)
	fsgnjn.s f1, f14, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	or x3, x14, x20
	la x30, dvals
	flw f15, 340(x30)
	la x30, dvals
	flw f10, 608(x30)
	fdiv.s f3, f15, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	subw x24, x11, x7
	sllw x11, x12, x15
	sd x8, 792(x31)
	la x30, dvals
	flw f26, 616(x30)
	la x30, dvals
	flw f18, 292(x30)
	fmul.s f3, f26, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	mulw x19, x13, x1
	subw x28, x5, x14
	sb x10, 687(x31)
	beq x15, x19, 1f
	sll x0, x4, x28
	sra x23, x14, x24
1:
	addi x30, x31, 992
	lr.w x12, (x30)
	sc.w x13, x20, (x30)
	sc.w x26, x0, (x30)
	sraw x19, x16, x15
	la x30, dvals
	fld f31, 248(x30)
	fdiv.d f20, f25, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	fcvt.l.d x15, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	sh x27, 180(x31)
	srl x24, x24, x19
	la x30, dvals
	flw f16, 644(x30)
	fle.s x16, f16, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	c.srai x12, 55
	c.andi x11, -8
	la x30, dvals
	fld f11, 96(x30)
	fadd.d f17, f26, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	fmul.s f0, f16, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	div x25, x18, x23
	lwu x11, 1972(x31)
	mulhu x11, x5, x25
	mulw x12, x11, x7
	fsflags x8, x21
	bltu x20, x4, 1f
	srlw x27, x9, x7
	sllw x17, x14, x9
1:
	slt x1, x22, x23
	fmv.d.x f6, x11
	bne x6, x25, 1f
	xor x28, x18, x28
1:
	mulw x20, x15, x3
	la x30, dvals
	fld f22, 48(x30)
	fnmsub.d f27, f25, f22, f8, rdn
	c.fsdsp f26, 72(sp)
	mulhu x25, x12, x28
	la x30, dvals
	flw f6, 672(x30)
	flt.s x18, f6, f1
	la x30, dvals
	fld f24, 48(x30)
	la x30, dvals
	fld f9, 272(x30)
	fsgnj.d f0, f24, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	sll x0, x16, x3
	lh x5, 1182(x31)
	la x30, dvals
	flw f9, 368(x30)
	fsub.s f16, f9, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	flw f8, 592(x30)
	la x30, dvals
	flw f18, 332(x30)
	fle.s x17, f8, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	lhu x16, 764(x2)
	slli x27, x7, 0
	srliw x10, x14, 31
	lb x16, 470(x2)
	la x30, dvals
	fld f0, 224(x30)
	la x30, dvals
	fld f2, 528(x30)
	feq.d x11, f0, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f19, 184(x30)
	fle.d x5, f19, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	fld f24, 208(x30)
	fcvt.lu.d x15, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	mulhsu x3, x17, x4
	la x30, dvals
	fld f14, 264(x30)
	flt.d x9, f15, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	fmax.s f19, f13, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	csrrs x26, fflags, x0
	ld x18, 1400(x31)
	and x9, x7, x1
	addi x30, x31, 248
	amomax.w.aqrl x22, x0, (x30)
	add x23, x24, x6
	sb x0, 1012(x31)
	fld f5, 1176(x31)
	lui x7, 0
	lhu x17, 1078(x31)
	la x30, dvals
	flw f27, 624(x30)
	fsub.s f4, f11, f27, rdn
	la x30, dvals
	flw f8, 376(x30)
	fsub.s f25, f8, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	and x20, x28, x4
	c.addi x18, -1
	c.addiw x18, 1
	sub x1, x26, x24
	c.slli x21, 17
	c.mv x23, x11
	c.add x7, x23
	ori x13, x17, -395
	sb x7, 1245(x31)
	and x15, x18, x6
	la x30, dvals
	fld f31, 544(x30)
	la x30, dvals
	fld f26, 400(x30)
	fdiv.d f2, f31, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	lwu x6, 1536(x2)
	blt x3, x1, 1f
	sraw x20, x11, x6
	and x12, x13, x19
1:
	mulh x14, x8, x22
	la x30, dvals
	flw f5, 672(x30)
	la x30, dvals
	flw f3, 660(x30)
	fmsub.s f19, f5, f4, f3, dyn
	la x30, dvals
	flw f24, 336(x30)
	la x30, dvals
	flw f7, 596(x30)
	fmsub.s f12, f26, f24, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	addi x7, x12, 0
	fsub.s f0, f30, f5, rdn
	la x30, dvals
	flw f16, 328(x30)
	fsub.s f17, f3, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	addi x21, x14, 31
	mv x15, x31
	c.fsd f12, 8(x15)
	la x30, dvals
	fld f28, 120(x30)
	la x30, dvals
	fld f11, 440(x30)
	fmul.d f20, f28, f11, rup
	addi x30, x31, 1488
	lr.w.aq x29, (x30)
	sc.w.aq x27, x10, (x30)
	sc.w x22, x15, (x30)
	la x30, dvals
	fld f1, 160(x30)
	fsgnjx.d f19, f1, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	fadd.d f3, f5, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	sub x16, x3, x1
	mul x28, x10, x26
	fmv.x.w x25, f1
	la x30, dvals
	fld f23, 536(x30)
	fsqrt.d f28, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	sltu x5, x18, x7
	la x30, dvals
	flw f12, 320(x30)
	fsqrt.s f12, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	fsqrt.s f23, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	flw f13, 348(x30)
	fadd.s f29, f5, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	addi x30, x31, 832
	amoadd.d.aq x19, x19, (x30)
	xori x20, x26, 63
	mul x18, x20, x18
	fmv.w.x f9, x8
	la x30, dvals
	flw f12, 336(x30)
	fsub.s f23, f30, f12, dyn
	addw x24, x15, x6
	c.addi16sp sp, 96
	c.sdsp x19, 120(sp)
	mv sp, x31
	la x30, dvals
	fld f9, 448(x30)
	fsqrt.d f22, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	mul x14, x23, x14
	sltiu x3, x26, 217
	or x19, x22, x1
	blt x24, x13, 1f
	add x26, x11, x15
	sra x1, x8, x6
1:
	sd x24, 896(x31)
	divu x28, x16, x28
	sd x0, 136(x31)
	mul x22, x24, x6
	add x0, x29, x24
	la x30, dvals
	flw f18, 604(x30)
	fsub.s f25, f18, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	andi x13, x4, 0
	remw x29, x0, x14
	la x30, dvals
	fld f31, 64(x30)
	fsub.d f11, f31, f15, rne
	addi x30, x31, 688
	lr.d.aq x18, (x30)
	sc.d.aq x7, x10, (x30)
	sc.d x13, x26, (x30)
	ori x6, x11, 32
	mulhu x0, x24, x3
	la x30, dvals
	fld f20, 80(x30)
	fdiv.d f8, f31, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	fcvt.d.l f0, x23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	srli x19, x5, 63
	srliw x29, x19, 16
	slti x22, x1, 32
	auipc x11, 1048575
	sra x19, x7, x20
	fcvt.d.lu f24, x21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	fsgnjn.d f16, f22, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	flw f13, 680(x30)
	fmax.s f21, f13, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	mv x10, x31
	c.sd x10, 88(x10)
	mulw x28, x21, x19
	addw x23, x18, x16
	fcvt.d.l f12, x23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	bge x6, x10, 1f
	or x17, x15, x14
1:
	andi x18, x5, 2047
	la x30, dvals
	fld f25, 432(x30)
	fcvt.s.d f3, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	la x30, dvals
	fld f11, 504(x30)
	fnmsub.d f4, f11, f27, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	flw f7, 312(x30)
	la x30, dvals
	flw f19, 652(x30)
	fmadd.s f16, f7, f19, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	remw x7, x15, x25
	auipc x6, 1048575
	la x30, dvals
	fld f31, 536(x30)
	fcvt.lu.d x22, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	lw x7, 358(x2)
	lui x20, 1048575
	la x30, dvals
	fld f20, 184(x30)
	fcvt.lu.d x11, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	divuw x5, x15, x15
	mv x11, x31
	c.lw x8, 28(x11)
	sraw x7, x7, x0
	fcvt.s.l f18, x23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	c.j 1f
	or x3, x9, x0
1:
	sltu x1, x7, x11
	slli x1, x27, 0
	srliw x19, x8, 1
	sraw x9, x4, x28
	xor x13, x20, x8
	la x30, dvals
	fld f23, 552(x30)
	la x30, dvals
	fld f11, 480(x30)
	la x30, dvals
	fld f4, 456(x30)
	fnmadd.d f6, f23, f11, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	divu x19, x0, x17
	la x30, dvals
	fld f19, 272(x30)
	feq.d x28, f19, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	fld f19, 216(x30)
	la x30, dvals
	fld f15, 176(x30)
	la x30, dvals
	fld f3, 48(x30)
	fmsub.d f18, f19, f15, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	la x30, dvals
	fld f9, 224(x30)
	la x30, dvals
	fld f1, 32(x30)
	fmul.d f31, f9, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	addi x30, x31, 1232
	amoand.d x5, x4, (x30)
	srl x17, x21, x16
	add x20, x25, x14
	ori x11, x1, 2047
	la x30, dvals
	fld f3, 400(x30)
	la x30, dvals
	fld f7, 536(x30)
	fadd.d f2, f3, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	c.beqz x11, 1f
	slt x16, x25, x6
1:
	la x30, dvals
	flw f16, 356(x30)
	la x30, dvals
	flw f25, 652(x30)
	fmsub.s f27, f19, f16, f25, dyn
	la x30, dvals
	fld f21, 160(x30)
	fcvt.w.d x7, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	fnmsub.s f1, f16, f13, f26, rne
	sub x14, x12, x1
	mv x10, x31
	c.sd x9, 112(x10)
	la x30, dvals
	fld f2, 464(x30)
	fcvt.s.d f6, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	sra x27, x26, x14
	la x30, dvals
	fld f25, 232(x30)
	fmul.d f4, f20, f25, rdn
	fsqrt.d f18, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	bge x21, x27, 1f
	sra x4, x19, x28
1:
	addi x30, x31, 760
	amomin.d.aqrl x25, x5, (x30)
	c.j 1f
	srl x0, x13, x10
1:
	la x30, dvals
	flw f10, 280(x30)
	fsub.s f25, f10, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	addi x30, x31, 936
	amoand.d.aqrl x12, x9, (x30)
	c.fsdsp f28, 480(sp)
	slti x25, x27, 64
	la x30, dvals
	flw f1, 672(x30)
	la x30, dvals
	flw f25, 628(x30)
	fsub.s f23, f1, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	srl x0, x0, x26
	and x19, x3, x7
	la x30, dvals
	fld f13, 432(x30)
	fsub.d f27, f13, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	c.li x25, -20
	c.lui x25, 28
	srai x25, x3, 32
	slliw x3, x3, 1
	sraw x10, x6, x21
	slt x7, x5, x7
	divu x24, x26, x19
	la x30, dvals
	fld f29, 160(x30)
	la x30, dvals
	fld f20, 552(x30)
	fsgnjx.d f2, f29, f20
	la x30, dvals
	flw f26, 632(x30)
	la x30, dvals
	flw f15, 372(x30)
	la x30, dvals
	flw f10, 340(x30)
	fnmadd.s f30, f26, f15, f10, rmm
	sb x19, 390(x31)
	csrrwi x29, frm, 4
	c.mv x17, x19
	c.add x1, x17
	fmax.s f16, f4, f17
	sltiu x24, x18, 1
	ori x6, x23, 0
	andi x12, x8, -1
	c.beqz x12, 1f
	subw x27, x22, x8
1:
	div x8, x26, x20
	la x30, dvals
	flw f25, 396(x30)
	la x30, dvals
	flw f16, 612(x30)
	fnmadd.s f25, f25, f16, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	auipc x13, 1048575
	slli x25, x28, 45
	sraiw x4, x3, 31
	or x24, x15, x16
	sb x20, 1044(x31)
	ld x10, 816(x31)
	la x30, dvals
	fld f23, 152(x30)
	fmul.d f4, f16, f23, rup
	mulh x10, x25, x0
	la x30, dvals
	flw f24, 376(x30)
	fcvt.wu.s x28, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	c.li x19, 29
	c.lui x19, 23
	mv x13, x31
	c.fsd f10, 224(x13)
	srli x25, x21, 31
	srliw x20, x13, 1
	mv x12, x31
	c.ld x15, 80(x12)
	srlw x25, x28, x11
	auipc x3, 0
	la x30, 1f
	c.jr x30
	sub x9, x23, x18
1:
	la x30, dvals
	flw f27, 664(x30)
	fsub.s f1, f27, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	sub x23, x11, x28
	addi x29, x4, -1
	sra x7, x8, x10
	and x7, x10, x6
	la x30, dvals
	flw f13, 664(x30)
	fcvt.l.s x10, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	la x30, dvals
	flw f17, 368(x30)
	la x30, dvals
	flw f27, 284(x30)
	fmsub.s f13, f17, f18, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	addiw x27, x4, 63
	la x30, dvals
	flw f3, 352(x30)
	la x30, dvals
	flw f7, 676(x30)
	fadd.s f25, f3, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	c.slli x7, 26
	lwu x25, 244(x31)
	lui x13, 1048575
	fclass.d x27, f30
	la x30, dvals
	flw f24, 372(x30)
	la x30, dvals
	flw f14, 324(x30)
	fmsub.s f12, f24, f1, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	sllw x4, x17, x29
	la x30, 1f
	c.jalr x30
	sll x23, x5, x18
1:
	la x30, dvals
	flw f10, 676(x30)
	fmul.s f23, f27, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	andi x9, x1, 31
	sllw x11, x14, x17
	slli x25, x1, 0
	slliw x29, x25, 1
	bne x19, x10, 1f
	sub x11, x25, x16
	subw x18, x6, x29
1:
	addi x30, x31, 1504
	amomin.d x14, x4, (x30)
	addi x30, x31, 920
	amoor.d.rl x27, x25, (x30)
	addi x30, x31, 712
	amomin.w x13, x11, (x30)
	c.addi x1, 31
	c.addiw x1, -32
	fmv.x.w x19, f15
	jal x22, 1f
	sraw x17, x5, x15
1:
	fmin.d f2, f11, f9
	auipc x24, 524287
	fcvt.wu.s x0, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 97(x30)
	slti x27, x1, 2047
	addi x21, x21, 1
	blt x22, x9, 1f
	sltu x25, x25, x24
	sltu x27, x6, x17
1:
	slti x29, x17, 32
	la x30, dvals
	fld f30, 416(x30)
	la x30, dvals
	fld f4, 480(x30)
	fdiv.d f14, f30, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 98(x30)
	la x30, 1f
	jalr x27, 1(x30)
	srlw x14, x27, x26
1:
	srai x0, x3, 31
	sraiw x20, x23, 0
	divw x3, x21, x19
	c.fsdsp f20, 136(sp)
	la x30, dvals
	flw f27, 600(x30)
	la x30, dvals
	flw f12, 344(x30)
	fadd.s f25, f27, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 99(x30)
	sllw x15, x19, x0
	srlw x4, x28, x0
	addi x30, x31, 896
	amomaxu.w.aq x22, x15, (x30)
	addi x4, x13, -2048
	la x30, dvals
	flw f10, 364(x30)
	fmadd.s f1, f28, f10, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 100(x30)
	bne x14, x22, 1f
	or x5, x25, x0
	subw x4, x15, x3
1:
	la x30, dvals
	fld f18, 456(x30)
	fnmsub.d f27, f18, f4, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 101(x30)
	la x30, dvals
	flw f10, 632(x30)
	fcvt.w.s x8, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 102(x30)
	fnmsub.s f26, f16, f17, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 103(x30)
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
	.dword 0xa9ba566a8d9b9df1
	.dword 0x3a9d9e83a0fafe85
	.dword 0x1a6e03109b81acd6
	.dword 0x6d7c40bb480113ce
	.dword 0x256438b2ec3718eb
	.dword 0xea6590be563dec67
	.dword 0x9d9e4e5fdee50ad5
	.dword 0x884d344af6480628
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
	.dword 0xc13175557d164160
	.dword 0x3f27d54a0d803ac5
	.dword 0x3f2afa6860ea8703
	.dword 0x3f3739961ba9469c
	.dword 0xbe65077bc62c6b0e
	.dword 0x3f513256bf66673b
	.dword 0xc08404e222f949de
	.dword 0xc00ad2edfe03505e
	.dword 0x40fbd678e7b66aaa
	.dword 0x3e4adab976c716e7
	.dword 0x403e18f44ef2a104
	.dword 0x40ab7645cb0f7b7c
	.dword 0x41e34b5bd93caca7
	.dword 0x41e7aee5fb492ff0
	.dword 0x0025d314f5e84b77
	.dword 0xc33b82d42c82ce04
	.dword 0x8018d20d4c7d1581
	.dword 0xc3e80f736d5237b8
	.dword 0x0329507ea8a2cbe5
	.dword 0x002a517dce873987
	.dword 0x41e9c8b94d8bd956
	.dword 0x43e12df640f47351
	.dword 0xc33759d7972ac8b9
	.dword 0xffe8e62391548ae5
	.word 0xba7baa15
	.word 0x3a56bcbc
	.word 0x3bc90a75
	.word 0x40cf3118
	.word 0xc0d811eb
	.word 0x4267f262
	.word 0xc11c2b1b
	.word 0xbf85a7f8
	.word 0x3c06fe3f
	.word 0xbd3361b3
	.word 0xbe34f48c
	.word 0xbccaf4f7
	.word 0xecf211
	.word 0x810e966c
	.word 0x5ef4de
	.word 0xff304e73
	.word 0x4f61fae2
	.word 0x805327c3
	.word 0x7efa232e
	.word 0x80daf197
	.word 0x817d6379
	.word 0x814b2c9e
	.word 0xcf744a44
	.word 0xcb43de53
	.balign 16
scratch:
	.word 0x9e39bb37
	.word 0x82befc98
	.word 0xf89793ce
	.word 0x57248199
	.word 0x25ef8052
	.word 0x6950fea0
	.word 0xa61c79a2
	.word 0xc2d8bf6
	.word 0x1731bebf
	.word 0x3c2f974c
	.word 0x160875cf
	.word 0xe82ab77
	.word 0x2660b6a1
	.word 0x2625519b
	.word 0xed88590
	.word 0xd33bde05
	.word 0xb79e6578
	.word 0x1d1a44e0
	.word 0xe54baa43
	.word 0x9073ca02
	.word 0xcf4c2dfb
	.word 0x149e78c2
	.word 0xab4cf521
	.word 0x88f13575
	.word 0x65a7891a
	.word 0x414e858
	.word 0xbaeb3e37
	.word 0x789ba481
	.word 0x8d7bd204
	.word 0x105e1ab9
	.word 0xb223349d
	.word 0x42af2665
	.word 0x6a197fd4
	.word 0xf9987985
	.word 0x23bcf8f1
	.word 0x28f252a0
	.word 0x366a1d93
	.word 0xced0a89f
	.word 0xa3a78abe
	.word 0xcfc1b06
	.word 0x7c0f05c8
	.word 0xa7f39f3
	.word 0x4564c533
	.word 0x659bb192
	.word 0x6696f086
	.word 0xa84bf465
	.word 0xe20dfc6
	.word 0xaedab06a
	.word 0xe2260c21
	.word 0x57e583f0
	.word 0x14e5f79d
	.word 0xe8d65056
	.word 0x794ca638
	.word 0x5cf1cf5d
	.word 0xc651e7d0
	.word 0xafd8ca25
	.word 0x651a1c0b
	.word 0xf5f68786
	.word 0x85ccf5a5
	.word 0x74735b39
	.word 0xfd9ae2d3
	.word 0x99da9453
	.word 0xa142ae9b
	.word 0x66a72eb3
	.word 0xed50ee6b
	.word 0xe3233285
	.word 0x2b09d7bc
	.word 0x2e35b723
	.word 0x82e2f22b
	.word 0x48587378
	.word 0x80dd5c03
	.word 0x40f81c0d
	.word 0x2c4a2b91
	.word 0x4e3fdead
	.word 0x8aeaf58
	.word 0x75fdfeba
	.word 0x8f71ae4f
	.word 0xedba7173
	.word 0xd11c5799
	.word 0x260417ae
	.word 0x3ac13f16
	.word 0xb95dc167
	.word 0x2f551a3f
	.word 0xe453af6
	.word 0x8a6e611b
	.word 0x8fe9659d
	.word 0xc8081230
	.word 0x838095f7
	.word 0xb6f99068
	.word 0x1a6e9052
	.word 0xc4f23860
	.word 0xfc314a7f
	.word 0x7aa6d8c0
	.word 0x966f8bff
	.word 0x851b5697
	.word 0x16f1ef13
	.word 0x4960c9da
	.word 0x5b2f9f17
	.word 0xb1684551
	.word 0x81850fb0
	.word 0x2e10eea9
	.word 0x4b7f3e2b
	.word 0x3bfb06b6
	.word 0x3e908f20
	.word 0xc1e78bda
	.word 0x2306a114
	.word 0x13af0a46
	.word 0xae11d595
	.word 0xc4c744
	.word 0x9dad6112
	.word 0x680375
	.word 0xd2cdb6
	.word 0x75e00184
	.word 0xcfc7d6ec
	.word 0x9653c041
	.word 0x25297aec
	.word 0x44eb0516
	.word 0xad733172
	.word 0xa0ff8f5c
	.word 0x7390dd16
	.word 0x6e7708ef
	.word 0x623f441a
	.word 0xdd3469c4
	.word 0x5194f982
	.word 0x1a3f04d0
	.word 0xae0a49c2
	.word 0x17d313b
	.word 0x4c1a5056
	.word 0xc402f89e
	.word 0xf93fd7d6
	.word 0x7b67d0b4
	.word 0xaf53118c
	.word 0x613c109d
	.word 0x86d7e04a
	.word 0x210d3985
	.word 0x418689fb
	.word 0x878d9547
	.word 0x91889575
	.word 0xe7e8e826
	.word 0xa766ff50
	.word 0x6914a1d6
	.word 0x58edf761
	.word 0x26352841
	.word 0xe494723f
	.word 0x30a74d96
	.word 0xfba9c29c
	.word 0xbcbe4f41
	.word 0xdf9ce8aa
	.word 0x13b8b42e
	.word 0xa293a0b0
	.word 0x63cb5b2
	.word 0x81dd0317
	.word 0x16418ac8
	.word 0xc40bb1c4
	.word 0xf45e737d
	.word 0x7c0802c5
	.word 0xf643014d
	.word 0x5b37a578
	.word 0x5c86a434
	.word 0x880c66b4
	.word 0x9f867ff9
	.word 0x5f578f65
	.word 0x79d47f38
	.word 0x30538001
	.word 0x4a238528
	.word 0x6a55950b
	.word 0xc667b751
	.word 0x213c6df7
	.word 0x3cd9ad76
	.word 0x279a506d
	.word 0xdf6f1266
	.word 0x995a5217
	.word 0xb003a8fb
	.word 0x6689e4d5
	.word 0x187e525c
	.word 0x9482d386
	.word 0x10bceb1f
	.word 0x3636f3f0
	.word 0xe1587d54
	.word 0x30a3cf8d
	.word 0x631b2fa4
	.word 0xdb1a36b3
	.word 0x244f12f5
	.word 0x42bee5d
	.word 0x45ee270d
	.word 0xa0f736ca
	.word 0x83e4ee7d
	.word 0xdb436c68
	.word 0x6f08d6ef
	.word 0xcf748ca5
	.word 0x82e07975
	.word 0x341d6dd2
	.word 0xad4b4121
	.word 0x688f7156
	.word 0x521bb284
	.word 0xad2f3481
	.word 0x3c591a9e
	.word 0xfe50767b
	.word 0xe372a8b4
	.word 0x7aea0346
	.word 0x6ad91ee7
	.word 0x69be96c5
	.word 0xd7ab05b6
	.word 0x54ae5938
	.word 0x6eabc97c
	.word 0xe70c157e
	.word 0xd1df124f
	.word 0x414b9b04
	.word 0x774b4031
	.word 0xf6e09d77
	.word 0x4c8ff5d0
	.word 0xf480358a
	.word 0xb4109ed2
	.word 0x5e9b2bd7
	.word 0x47db12c7
	.word 0x95ffe0c6
	.word 0x55059295
	.word 0xdbf66fe
	.word 0xcd7a1f8e
	.word 0x5ff881ab
	.word 0xb6750fed
	.word 0xe69c2109
	.word 0x351b3ab7
	.word 0x1bf381b1
	.word 0x13771e33
	.word 0xe691cb0b
	.word 0x21e85a93
	.word 0x7dffd60e
	.word 0x60f4e7b1
	.word 0x7c558fb0
	.word 0x79dec541
	.word 0x8fa00aba
	.word 0x5016b5e1
	.word 0x53f00034
	.word 0x2d23902f
	.word 0xbbeda83c
	.word 0xd3afc669
	.word 0x473c88d8
	.word 0x12db9aab
	.word 0x505787ec
	.word 0xb5e0a099
	.word 0x9f89dc60
	.word 0x24b44222
	.word 0x32fadf1a
	.word 0x4a2cd956
	.word 0xf1c84b75
	.word 0xec7473e6
	.word 0x2318dea2
	.word 0x215cda44
	.word 0xf894ee8e
	.word 0xcde699ac
	.word 0xc4b1ce65
	.word 0x52df0bbb
	.word 0xc6ae7f8f
	.word 0x22acff20
	.word 0x145c9104
	.word 0x49f6157a
	.word 0xe07b0a16
	.word 0xa608dbca
	.word 0x13496b32
	.word 0xfbc9b085
	.word 0x76f7bb49
	.word 0xb245ab46
	.word 0xe28072d0
	.word 0x779a931d
	.word 0x9add1dc1
	.word 0x15c10f13
	.word 0xb04dd542
	.word 0x56579630
	.word 0x36a94b78
	.word 0xe70ed7fb
	.word 0x83c48963
	.word 0x4ff4e2f7
	.word 0xa6e70f62
	.word 0xa666f007
	.word 0x74a3aab4
	.word 0x3f50638e
	.word 0x5716f9de
	.word 0x8d82c4c8
	.word 0x766e66e5
	.word 0xece1ec3c
	.word 0xfda6956f
	.word 0xce673faa
	.word 0x1bdf0703
	.word 0x9cdc491c
	.word 0xaa07bf83
	.word 0xe309de78
	.word 0xc010f17b
	.word 0x19c032e4
	.word 0xec0b186a
	.word 0x6fc5e2c9
	.word 0xa009cbe7
	.word 0xb7d98cfd
	.word 0x4e8b941e
	.word 0xbd01095a
	.word 0x196aeeaf
	.word 0xd35ab2f0
	.word 0x259afe32
	.word 0x31cce09c
	.word 0x1639f813
	.word 0xe4a1d4e
	.word 0xf19c8c5f
	.word 0x62fcd6d4
	.word 0xfce37227
	.word 0xc65cb5f4
	.word 0x4ca1ad25
	.word 0x59a30547
	.word 0x1874c182
	.word 0x88dcf5a0
	.word 0xdb772c14
	.word 0xe043deae
	.word 0xe95c3fc5
	.word 0xba31ba77
	.word 0x229c85c8
	.word 0xf69e479a
	.word 0xf3ce0d2c
	.word 0x7f191739
	.word 0xe23d2106
	.word 0x85a58308
	.word 0x8d57a4aa
	.word 0x4199d12b
	.word 0xc2d1255
	.word 0x629b49a6
	.word 0x7e5e0251
	.word 0x7c9bd63b
	.word 0xcdca17b5
	.word 0x68a2f54b
	.word 0xf77a478e
	.word 0x4ef0d12b
	.word 0xce66f361
	.word 0x1151b7e4
	.word 0xd209a272
	.word 0x2eb5bb71
	.word 0xa2a1241c
	.word 0x427e06ad
	.word 0xd7d718f8
	.word 0xadc8511c
	.word 0x5a9bdfc9
	.word 0xd3f0078
	.word 0x4b3eaae0
	.word 0x523e5ff1
	.word 0xa1c65131
	.word 0x17e8dce1
	.word 0x82eba1bb
	.word 0x2d4be075
	.word 0x79e87237
	.word 0x827b95e0
	.word 0xe83a5de3
	.word 0xd34be820
	.word 0x67b85fe7
	.word 0xe4d5b165
	.word 0xdde3b39
	.word 0x9d96b2c5
	.word 0x3208d362
	.word 0x24f46d50
	.word 0x8299061f
	.word 0xe90c5172
	.word 0x7663c83
	.word 0xde31a3f8
	.word 0xa3940d3f
	.word 0x644c78e6
	.word 0x8149648e
	.word 0x16c6be22
	.word 0xe1514ac3
	.word 0xc9209627
	.word 0xa7676175
	.word 0x22757ef1
	.word 0x38c81ca4
	.word 0x50cca04a
	.word 0x5c75c728
	.word 0x76861960
	.word 0xe23515
	.word 0x8e567095
	.word 0x48dae657
	.word 0x961187bf
	.word 0x7a20ad4c
	.word 0x9eaa4b88
	.word 0x2cbf2cc5
	.word 0xeddae296
	.word 0x80873012
	.word 0xb62d2950
	.word 0x73e33ab3
	.word 0x821f4dc9
	.word 0x1f6d5b5a
	.word 0x34ce6a79
	.word 0xc9a7e199
	.word 0x870fb133
	.word 0x5414dd47
	.word 0x383709b9
	.word 0xf908e219
	.word 0x4c3da73c
	.word 0xe3913171
	.word 0x7251066e
	.word 0x1010b20
	.word 0x2cc67952
	.word 0x9e655c24
	.word 0x89d91c54
	.word 0xe02ae6dd
	.word 0x22d20c05
	.word 0x901282c
	.word 0xac937bee
	.word 0xbe359939
	.word 0xaf4549b0
	.word 0xc81a1ba9
	.word 0xe680bdde
	.word 0xd65bad23
	.word 0xdc0c075c
	.word 0xc0128ccf
	.word 0xa0efa54a
	.word 0xdc9f2249
	.word 0x2215da62
	.word 0xb2630f0e
	.word 0xa3d67f2f
	.word 0xea468ff6
	.word 0x4cb2176a
	.word 0xc5b558e5
	.word 0xbb903991
	.word 0x28eabfc0
	.word 0x9d428969
	.word 0x4196249e
	.word 0x25b1659c
	.word 0x295ec2bd
	.word 0xd02a5d19
	.word 0xeaaf2b7d
	.word 0xf7d11f3d
	.word 0x52ec71e6
	.word 0x46cb2e4e
	.word 0x435d062f
	.word 0x908a6b83
	.word 0x62b6cabe
	.word 0xc7cbbe8e
	.word 0xb35ef6e3
	.word 0xddd6a462
	.word 0x2206f92f
	.word 0x594f907e
	.word 0xc340be1e
	.word 0x44e19fbf
	.word 0x95dec2b4
	.word 0xfc84ea70
	.word 0x58918835
	.word 0x5b74833e
	.word 0xa977f057
	.word 0xb8da46c9
	.word 0xf060c7c8
	.word 0xfbafc304
	.word 0x7a271e83
	.word 0xa7117d78
	.word 0x9f791dc7
	.word 0x24f5d747
	.word 0x5db27169
	.word 0x60744c66
	.word 0xd6e7ebda
	.word 0x580b7c94
	.word 0xc4a50c58
	.word 0xc0e9e72f
	.word 0x7d835c09
	.word 0xd64c9608
	.word 0xd53b3d8e
	.word 0xe3de3dab
	.word 0xa902bc5e
	.word 0x2fa9605a
	.word 0x77e610eb
	.word 0xa9e68d6
	.word 0x371da994
	.word 0xc7c278e3
	.word 0x9315cd0c
	.word 0x7c3f5296
	.word 0x5bd6eda0
	.word 0x4a377cb1
	.word 0x1180c241
	.word 0x30d43205
	.word 0x640de0af
	.word 0xdb15f8c3
	.word 0xe5b8f265
	.word 0x8571dc7f
	.word 0x61320300
	.word 0xb106689
	.word 0xffe9e849
	.word 0x9ef58e19
	.word 0xc9e189c2
	.word 0xe3ef006e
	.word 0x7fbaf27f
	.word 0x1f555225
	.word 0x1724bd0d
	.word 0x902ef4af
	.word 0x99dd4db2
	.word 0x3d09a567
	.word 0x3d0d7715
	.word 0xee1c42a2
	.word 0xaf4e0146
	.word 0x83b82855
	.word 0x50ebaa8c
	.word 0x92fd3271
	.word 0xa2d20d28
	.word 0x8d98eef3
	.word 0x989e1cd0
	.word 0x3b821b12
	.word 0x64ec8b22
	.word 0x449e8d26
	.word 0x327af0db
	.word 0xe0557b8b
	.word 0xaba3bf39
	.word 0x54dad27b
	.word 0xdc231311
	.word 0x766cea11
	.word 0x8ef94f46
	.word 0x452a450e
	.word 0xbcfbfaab
	.word 0xb67194fc
	.word 0x192487eb
	.word 0xb2edc3e7
	.word 0x58b5f34f
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
