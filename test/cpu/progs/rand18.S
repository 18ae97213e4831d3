	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 0(x30)
	ld x3, 144(x30)
	ld x4, 200(x30)
	ld x5, 80(x30)
	ld x6, 40(x30)
	ld x7, 88(x30)
	ld x8, 208(x30)
	ld x9, 8(x30)
	ld x10, 96(x30)
	ld x11, 72(x30)
	ld x12, 72(x30)
	ld x13, 152(x30)
	ld x14, 184(x30)
	ld x15, 48(x30)
	ld x16, 160(x30)
	ld x17, 184(x30)
	ld x18, 128(x30)
	ld x19, 128(x30)
	ld x20, 184(x30)
	ld x21, 88(x30)
	ld x22, 200(x30)
	ld x23, 32(x30)
	ld x24, 16(x30)
	ld x25, 120(x30)
	ld x26, 128(x30)
	ld x27, 176(x30)
	ld x28, 168(x30)
	ld x29, 56(x30)
	ld x30, 0(x30)
	la x30, dvals
	fld f0, 224(x30)
	fld f1, 128(x30)
	fld f2, 48(x30)
	fld f3, 104(x30)
	fld f4, 184(x30)
	fld f5, 352(x30)
	fld f6, 232(x30)
	fld f7, 336(x30)
	fld f8, 264(x30)
	fld f9, 216(x30)
	flw f10, 380(x30)
	fld f11, 128(x30)
	flw f12, 356(x30)
	fld f13, 96(x30)
	fld f14, 80(x30)
	fld f15, 224(x30)
	fld f16, 192(x30)
	fld f17, 120(x30)
	flw f18, 364(x30)
	fld f19, 392(x30)
	fld f20, 216(x30)
	fld f21, 88(x30)
	fld f22, 216(x30)
	fld f23, 152(x30)
	fld f24, 232(x30)
	fld f25, 152(x30)
	fld f26, 80(x30)
	flw f27, 312(x30)
	flw f28, 304(x30)
	flw f29, 308(x30)
	fld f30, 80(x30)
	flw f31, 288(x30)
	fmul.d f11, f5, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	or x27, x5, x11
	divuw x19, x4, x15
	la x30, dvals
	flw f16, 352(x30)
	la x30, dvals
	flw f20, 328(x30)
	fmadd.s f13, f20, f16, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	rem x16, x26, x17
	div x20, x20, x27
	lui x0, 524288
	srlw x5, x9, x22
	la x30, dvals
	flw f1, 312(x30)
	fsqrt.s f31, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f1, 568(x30)
	la x30, dvals
	fld f25, 256(x30)
	fmsub.d f14, f1, f21, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	bgeu x16, x22, 1f
	slt x13, x23, x12
1:
	slli x19, x1, 32
	slliw x9, x20, 22
	fnmadd.s f15, f11, f21, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	blt x14, x13, 1f
	sraw x19, x4, x8
1:
	bgeu x1, x20, 1f
	or x12, x28, x14
1:
	la x30, dvals
	fld f28, 8(x30)
	la x30, dvals
	fld f26, 512(x30)
	fsub.d f15, f28, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	remuw x20, x16, x0
	div x25, x20, x17
	mulhsu x14, x21, x20
	la x30, dvals
	flw f15, 300(x30)
	fmin.s f6, f15, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	jal x26, 1f
	sltu x21, x23, x12
1:
	jal x23, 1f
	slt x1, x20, x25
1:
	addw x28, x4, x6
	c.nop
	bgeu x8, x24, 1f
	sra x13, x26, x23
1:
	c.j 1f
	xor x10, x20, x26
1:
	sb x11, 946(x31)
	remu x9, x1, x1
	flw f12, 380(x31)
	mulw x7, x14, x4
	la x30, dvals
	flw f7, 640(x30)
	la x30, dvals
	flw f17, 328(x30)
	fmul.s f5, f7, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	sb x1, 1259(x31)
	c.addi16sp sp, 32
	c.sdsp x6, 32(sp)
	mv sp, x31
	mulw x4, x16, x12
	lui x8, 1048575
	sltu x24, x4, x9
	la x30, dvals
	fld f15, 432(x30)
	fdiv.d f23, f13, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	subw x3, x0, x1
	xor x24, x6, x0
	or x28, x3, x29
	sh x23, 96(x31)
	ld x9, 1320(x31)
	srlw x18, x20, x22
	la x30, dvals
	flw f11, 592(x30)
	la x30, dvals
	flw f4, 656(x30)
	feq.s x21, f11, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	xor x7, x22, x20
	fsqrt.s f23, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	flw f17, 636(x30)
	la x30, dvals
	flw f11, 608(x30)
	fmadd.s f24, f17, f11, f28, rne
	xor x7, x27, x13
	blt x14, x16, 1f
	srlw x29, x17, x13
	slt x21, x24, x17
1:
	divw x8, x17, x16
	la x30, dvals
	flw f18, 352(x30)
	fcvt.d.s f0, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	mv x14, x31
	c.ld x8, 88(x14)
	la x30, dvals
	fld f18, 32(x30)
	fle.d x26, f26, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	fcvt.d.l f24, x12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	addi x30, x31, 1152
	lr.w.aq x1, (x30)
	sc.w.aq x20, x22, (x30)
	sc.w x4, x17, (x30)
	c.xor x13, x12
	divu x23, x13, x13
	la x30, dvals
	fld f10, 136(x30)
	fcvt.wu.d x22, f10, dyn
	and x26, x17, x3
	divw x19, x4, x6
	fmv.d.x f24, x15
	csrrs x3, fflags, x0
	addi x30, x31, 568
	amomin.w.rl x26, x5, (x30)
	la x30, dvals
	flw f23, 668(x30)
	fmul.s f17, f23, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	lwu x0, 1888(x2)
	c.srai x9, 57
	c.andi x11, 14
	sltiu x16, x15, 2047
	ld x27, 1880(x2)
	addi x30, x31, 1648
	lr.w x27, (x30)
	sra x11, x12, x14
	sc.w x4, x4, (x30)
	fcvt.s.w f27, x10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	ld x29, 1025(x31)
	addw x15, x12, x20
	addi x30, x31, 1152
	amoxor.w.aqrl x24, x13, (x30)
	ori x23, x9, 64
	lbu x11, 340(x2)
	fsqrt.s f31, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	srli x28, x0, 63
	slliw x29, x3, 1
	sd x9, 792(x31)
	ori x21, x28, -35
	bne x18, x11, 1f
	and x13, x8, x19
	sllw x14, x12, x25
1:
	slli x13, x28, 31
	sraiw x12, x9, 26
	beq x3, x22, 1f
	srlw x19, x25, x25
	slt x12, x28, x8
1:
	bne x5, x16, 1f
	xor x25, x28, x21
	sll x0, x0, x12
1:
	sltiu x7, x18, -2
	la x30, dvals
	fld f28, 0(x30)
	fmul.d f17, f5, f28, rne
	mul x21, x24, x27
	lw x20, 288(x2)
	bne x7, x12, 1f
	slt x0, x13, x22
1:
	sw x26, 84(x31)
	sraw x19, x1, x19
	addi x30, x31, 1936
	amoxor.w.aq x6, x19, (x30)
	la x30, dvals
	fld f3, 424(x30)
	la x30, dvals
	fld f15, 536(x30)
	fadd.d f5, f3, f15, rdn
	fadd.s f8, f21, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	fclass.s x11, f31
	c.srai x12, 45
	c.andi x8, 10
	la x30, 1f
	c.jr x30
	sllw x26, x3, x19
1:
	sllw x15, x6, x24
	la x30, dvals
	fld f2, 520(x30)
	fdiv.d f12, f4, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	mv x12, x31
	c.ld x13, 160(x12)
	bgeu x24, x24, 1f
	srl x25, x28, x11
	srl x11, x25, x10
1:
	fcvt.s.wu f10, x15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	lb x0, 858(x2)
	subw x20, x15, x24
	fcvt.l.d x16, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	fcvt.d.wu f26, x17
	ori x25, x12, 64
	fcvt.s.wu f7, x16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	mulhu x21, x12, x18
	fsqrt.s f0, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	sltu x23, x17, x11
	la x30, dvals
	flw f21, 348(x30)
	fcvt.d.s f13, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	fld f28, 488(x30)
	feq.d x5, f28, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	remw x1, x10, x8
	fmin.d f0, f29, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	ld x29, 792(x2)
	jal x29, 1f
	sraw x21, x5, x14
1:
	la x30, dvals
	flw f25, 648(x30)
	la x30, dvals
	flw f0, 348(x30)
	fadd.s f0, f25, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	add x24, x13, x21
	sb x26, 440(x31)
	sltiu x5, x8, 0
	remw x26, x15, x7
	la x30, dvals
	fld f26, 528(x30)
	fsub.d f24, f26, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	la x30, dvals
	fld f20, 16(x30)
	feq.d x5, f20, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	srai x26, x0, 1
	srliw x14, x6, 1
	addi x30, x31, 1696
	amoand.d.aqrl x8, x15, (x30)
	andi x1, x0, 63
	addi x29, x29, -769
	mv x9, x31
	c.sw x12, 24(x9)
	bge x27, x18, 1f
	sltu x22, x1, x19
	srl x1, x22, x19
1:
	la x30, dvals
	flw f24, 632(x30)
	fmul.s f25, f28, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	sllw x12, x17, x29
	srlw x4, x19, x23
	la x30, dvals
	flw f1, 652(x30)
	fsqrt.s f24, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	sltiu x22, x6, -829
	divuw x14, x13, x24
	sll x20, x10, x6
	rem x16, x17, x25
	la x30, dvals
	fld f28, 440(x30)
	fcvt.wu.d x20, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	fcvt.d.s f23, f14
	addi x30, x31, 1144
	lr.d.aq x7, (x30)
	sc.d.aq x24, x7, (x30)
	mv x8, x31
	c.sd x10, 40(x8)
	lui x8, 0
	mulhu x6, x29, x21
	la x30, dvals
	flw f30, 664(x30)
	fle.s x0, f30, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, dvals
	fld f15, 96(x30)
	fle.d x23, f15, f0
	remuw x16, x7, x11
	fsqrt.d f12, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	c.fldsp f27, 96(sp)
	lui x19, 1048575
	c.addi4spn x8, sp, 472
	la x30, dvals
	flw f8, 676(x30)
	la x30, dvals
	flw f24, 284(x30)
	fmadd.s f13, f8, f3, f24, rmm
	la x30, dvals
	flw f27, 668(x30)
	la x30, dvals
	flw f16, 308(x30)
	fmin.s f4, f27, f16
	mv x11, x31
	c.sd x11, 32(x11)
	mulw x21, x5, x14
	la x30, dvals
	flw f11, 656(x30)
	fsgnjn.s f3, f11, f26
	subw x7, x6, x19
	la x30, 1f
	jalr x29, 1(x30)
	and x4, x23, x12
1:
	add x5, x3, x5
	la x30, dvals
	fld f9, 400(x30)
	fmul.d f4, f9, f9, rne
	la x30, dvals
	flw f19, 280(x30)
	la x30, dvals
	flw f25, 636(x30)
	fdiv.s f9, f19, f25, rup
	c.j 1f
	sltu x21, x5, x15
1:
	srlw x6, x27, x27
	fsw f9, 1808(x31)
	la x30, dvals
	flw f14, 388(x30)
	la x30, dvals
	flw f15, 596(x30)
	fmul.s f0, f14, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	csrrsi x0, fflags, 13
	addi x30, x31, 1472
	amoswap.d.aq x11, x22, (x30)
	sra x5, x11, x23
	c.j 1f
	sllw x12, x11, x13
1:
	mul x6, x26, x4
	slt x6, x22, x18
	slt x13, x25, x4
	la x30, dvals
	flw f30, 392(x30)
	fsgnjx.s f4, f30, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	fcvt.d.l f20, x26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	addi x30, x31, 792
	amomaxu.d x28, x5, (x30)
	addi x30, x31, 1120
	amoxor.w.rl x23, x26, (x30)
	fclass.d x3, f29
	ld x27, 672(x2)
	sraw x7, x14, x14
	flw f22, 1508(x31)
	xor x15, x18, x26
	sltu x22, x14, x9
	mv x12, x31
	c.fsd f13, 160(x12)
	la x30, dvals
	flw f9, 684(x30)
	la x30, dvals
	flw f0, 676(x30)
	fnmsub.s f20, f9, f31, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	mul x0, x7, x14
	addw x1, x24, x1
	srlw x19, x21, x13
	mulhsu x7, x12, x16
	csrrci x0, fflags, 10
	srli x9, x27, 60
	srliw x10, x10, 1
	srai x10, x20, 32
	slliw x27, x16, 0
	mulh x12, x6, x9
	fnmadd.d f12, f2, f28, f24, rup
	sd x3, 1280(x31)
	subw x3, x21, x5
	ld x3, 1888(x2)
	lw x20, 1760(x2)
	lh x21, 1980(x2)
	la x30, dvals
	flw f14, 316(x30)
	fsub.s f9, f28, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sltu x15, x8, x29
	la x30, dvals
	fld f30, 432(x30)
	la x30, dvals
	fld f11, 464(x30)
	la x30, dvals
	fld f15, 504(x30)
	fnmsub.d f9, f30, f11, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	sll x19, x10, x1
	la x30, 1f
	jalr x4, 0(x30)
	srlw x26, x0, x14
1:
	c.addi x28, -32
	c.addiw x28, 0
	fcvt.d.l f21, x12, rmm
	slli x1, x13, 32
	srliw x29, x16, 0
	beq x26, x20, 1f
	sllw x21, x8, x22
	or x12, x16, x23
1:
	la x30, dvals
	fld f29, 544(x30)
	fclass.d x27, f29
	add x14, x18, x4
	sll x12, x0, x20
	la x30, dvals
	fld f19, 560(x30)
	la x30, dvals
	fld f16, 72(x30)
	fadd.d f30, f19, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	divu x22, x0, x20
	la x30, dvals
	fld f6, 232(x30)
	la x30, dvals
	fld f16, 104(x30)
	fdiv.d f4, f6, f16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	fsub.d f8, f5, f6, rup
	addi x17, x15, 32
	la x30, dvals
	flw f3, 620(x30)
	fdiv.s f17, f13, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	fcvt.wu.s x5, f30, rtz
	sltiu x28, x17, 0
	sraw x0, x16, x8
	blt x3, x26, 1f
	sra x14, x23, x27
	addw x6, x3, x11
1:
	sh x20, 754(x31)
	bne x3, x4, 1f
	sra x9, x4, x14
1:
	addi x30, x31, 1168
	amomaxu.w.aq x26, x8, (x30)
	sra x6, x1, x23
	srli x14, x9, 0
	slliw x12, x23, 0
	sd x9, 296(x31)
	andi x9, x7, 31
	mulhsu x27, x17, x9
	la x30, dvals
	flw f20, 592(x30)
	fsub.s f16, f20, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	div x28, x21, x22
	lui x15, 524288
	srl x3, x25, x29
	andi x26, x15, -2048
	sb x15, 377(x31)
	and x8, x23, x9
	mulhsu x22, x6, x11
	frrm x6
	ori x17, x20, 711
	la x30, 1f
	jalr x0, 1(x30)
	xor x18, x19, x7
1:
	la x30, dvals
	flw f31, 660(x30)
	fcvt.l.s x22, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	andi x5, x7, 32
	bgeu x10, x13, 1f
	xor x22, x0, x10
	xor x11, x13, x25
1:
	mulw x29, x22, x23
	slli x22, x29, 1
	srliw x14, x18, 31
	fcvt.d.w f27, x4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	flw f14, 600(x30)
	la x30, dvals
	flw f23, 344(x30)
	fdiv.s f15, f14, f23, rdn
	la x30, dvals
	flw f14, 328(x30)
	fcvt.l.s x18, f14, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fcvt.l.s x24, f19, rup
	la x30, dvals
	fld f13, 256(x30)
	la x30, dvals
	fld f22, 464(x30)
	fadd.d f7, f13, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	fcvt.d.wu f22, x26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	fmul.d f11, f19, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	c.beqz x15, 1f
	subw x9, x17, x10
1:
	fclass.s x1, f28
	fmv.w.x f14, x12
	sw x20, 856(x31)
	andi x16, x13, 32
	bne x27, x17, 1f
	sll x3, x28, x13
	sllw x16, x28, x10
1:
	srl x16, x1, x25
	sltiu x7, x1, 0
	addi x30, x31, 160
	amoand.w.rl x21, x9, (x30)
	c.fldsp f25, 424(sp)
	la x30, dvals
	flw f0, 664(x30)
	fcvt.wu.s x17, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	fcvt.s.lu f27, x3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	srl x21, x5, x13
	la x30, dvals
	fld f4, 552(x30)
	fmul.d f10, f25, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	remu x5, x28, x9
	srlw x13, x25, x28
	la x30, dvals
	flw f27, 280(x30)
	la x30, dvals
	flw f10, 376(x30)
	fmadd.s f6, f13, f27, f10, dyn
	la x30, dvals
	flw f24, 640(x30)
	fsqrt.s f1, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	mul x23, x19, x13
	la x30, dvals
	flw f20, 336(x30)
	la x30, dvals
	flw f3, 672(x30)
	fmul.s f30, f20, f3, rmm
	slli x21, x23, 32
	sraiw x24, x13, 31
	ori x4, x13, 2047
	subw x5, x0, x14
	la x30, dvals
	flw f30, 336(x30)
	fmadd.s f0, f30, f27, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	divuw x6, x22, x19
	subw x25, x1, x17
	div x6, x5, x12
	fmv.w.x f14, x29
	la x30, dvals
	fld f6, 56(x30)
	la x30, dvals
	fld f18, 448(x30)
	la x30, dvals
	fld f26, 456(x30)
	fmadd.d f2, f6, f18, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	divw x8, x0, x14
	srai x6, x28, 63
	srliw x14, x13, 14
	lui x26, 527070
	la x30, dvals
	fld f26, 32(x30)
	fcvt.s.d f25, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	sw x0, 1644(x31)
	addi x30, x31, 472
	amoswap.w.rl x4, x17, (x30)
	fcvt.s.wu f26, x26, rmm
	c.swsp x15, 108(sp)
	c.sdsp x24, 72(sp)
	fcvt.w.s x20, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	addi x30, x31, 1008
	amoswap.d x4, x1, (x30)
	slli x19, x25, 63
	srliw x8, x4, 31
	flt.d x6, f25, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	srai x11, x8, 5
	sraiw x1, x3, 18
	la x30, dvals
	fld f13, 456(x30)
	la x30, dvals
	fld f11, 160(x30)
	fadd.d f19, f13, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	beq x22, x14, 1f
	addw x14, x16, x5
1:
	sll x23, x0, x1
	remu x12, x25, x27
	bge x9, x21, 1f
	sltu x15, x28, x6
	sll x21, x0, x3
1:
	c.addi16sp sp, 464
	c.sdsp x1, 232(sp)
	mv sp, x31
	sraw x6, x15, x27
	sra x5, x27, x10
	add x3, x9, x9
	la x30, dvals
	fld f24, 400(x30)
	fsub.d f9, f25, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	flw f27, 660(x30)
	fsgnjx.s f23, f27, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	divu x18, x0, x23
	sw x27, 164(x31)
	sraw x10, x15, x14
	bltu x7, x22, 1f
	srlw x3, x12, x19
	addw x4, x17, x7
1:
	jal x6, 1f
	srlw x1, x20, x17
1:
	lw x6, 1688(x31)
	sraw x11, x14, x6
	la x30, dvals
	flw f28, 676(x30)
	la x30, dvals
	flw f13, 604(x30)
	flt.s x7, f28, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	addi x30, x31, 1984
	lr.d.aq x29, (x30)
	sllw x5, x20, x4
	sc.d.aq x18, x20, (x30)
	bgeu x4, x28, 1f
	sll x28, x20, x24
	or x25, x11, x6
1:
	fsub.s f8, f11, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	fld f24, 88(x30)
	la x30, dvals
	fld f29, 424(x30)
	la x30, dvals
	fld f9, 464(x30)
	fmsub.d f20, f24, f29, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	mv x15, x31
	c.fsd f9, 64(x15)
	sraw x7, x7, x20
	c.addi16sp sp, 320
	c.sdsp x15, 200(sp)
	mv sp, x31
	and x16, x10, x27
	addi x19, x3, -1
	la x30, 1f
	jalr x28, 0(x30)
	sub x6, x8, x19
1:
	mulhu x22, x5, x10
	fcvt.s.l f7, x9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	add x26, x22, x28
	fcvt.d.s f4, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	fcvt.lu.d x17, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	beq x8, x8, 1f
	and x5, x9, x0
	slt x7, x26, x22
1:
	c.lwsp x9, 36(sp)
	c.ldsp x24, 352(sp)
	mulw x25, x8, x21
	xori x3, x27, -1
	fadd.d f8, f13, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	sra x14, x8, x23
	fcvt.d.wu f11, x3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	addi x30, x31, 1912
	amomin.d.aq x22, x26, (x30)
	divw x20, x4, x16
	sb x22, 721(x31)
	mv x12, x31
	c.ld x14, 120(x12)
	subw x27, x21, x0
	c.li x14, -5
	c.lui x14, 23
	la x30, dvals
	flw f18, 600(x30)
	la x30, dvals
	flw f4, 392(x30)
	fmul.s f11, f18, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	and x29, x8, x21
	srai x16, x10, 0
	srliw x15, x24, 1
	la x30, dvals
	flw f21, 656(x30)
	fclass.s x17, f21
	addi x30, x31, 512
	amomax.w x9, x8, (x30)
	c.j 1f
	sub x27, x12, x18
1:
	la x30, dvals
	flw f5, 396(x30)
	la x30, dvals
	flw f13, 624(x30)
	flt.s x23, f5, f13
	la x30, dvals
	fld f21, 488(x30)
	fadd.d f2, f31, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	ori x6, x9, -2048
	srli x27, x11, 31
	slliw x24, x10, 3
	la x30, dvals
	fld f29, 144(x30)
	la x30, dvals
	fld f24, 464(x30)
	fmadd.d f21, f29, f19, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	bne x29, x7, 1f
	sll x1, x26, x5
1:
	sllw x0, x5, x23
	c.addi x19, -1
	c.addiw x19, -1
	addi x30, x31, 200
	lr.d.aq x18, (x30)
	sc.d.aq x12, x25, (x30)
	srli x13, x3, 0
	srliw x5, x4, 0
	divu x27, x18, x14
	mulhsu x19, x23, x12
	ori x12, x11, 2047
	sub x6, x11, x8
	la x30, dvals
	fld f5, 504(x30)
	la x30, dvals
	fld f20, 472(x30)
	fdiv.d f25, f5, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	fmv.w.x f0, x20
	bge x22, x19, 1f
	sll x26, x22, x8
	or x14, x19, x1
1:
	addi x30, x31, 32
	amoor.d x1, x22, (x30)
	and x21, x8, x8
	sub x10, x9, x7
	sltiu x8, x3, -1598
	la x30, dvals
	flw f23, 644(x30)
	la x30, dvals
	flw f23, 332(x30)
	fsub.s f22, f23, f23, dyn
	sd x1, 1240(x31)
	beq x13, x21, 1f
	sra x21, x22, x21
1:
	la x30, dvals
	fld f0, 416(x30)
	fcvt.l.d x13, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	la x30, dvals
	fld f11, 272(x30)
	la x30, dvals
	fld f2, 88(x30)
	la x30, dvals
	fld f8, 64(x30)
	fnmsub.d f20, f11, f2, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	mulhsu x10, x15, x7
	lui x20, 1048575
	fsd f6, 816(x31)
	bne x16, x18, 1f
	or x23, x0, x26
	sllw x20, x1, x29
1:
	sd x13, 1056(x31)
	xor x27, x24, x8
	c.lwsp x8, 24(sp)
	c.ldsp x18, 224(sp)
	add x10, x18, x27
	sw x5, 1172(x31)
	andi x23, x29, -2048
	c.fldsp f23, 48(sp)
	div x10, x7, x1
	fadd.s f7, f3, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	addi x5, x22, 63
	fnmsub.d f31, f0, f25, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	fsrmi x16, 0
	sll x19, x26, x5
	xori x13, x22, 0
	fcvt.l.d x27, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	bltu x20, x8, 1f
	srl x21, x11, x13
1:
	srli x19, x18, 32
	slliw x12, x26, 0
	xori x3, x0, 32
	fmv.x.w x8, f7
	remu x15, x15, x21
	beq x3, x4, 1f
	and x16, x1, x21
1:
	la x30, dvals
	fld f17, 496(x30)
	fsub.d f23, f17, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	lwu x9, 568(x31)
	fcvt.s.wu f18, x18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	xori x27, x3, 31
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
	.dword 0x6ea517d447a1ce9b
	.dword 0xb020a5e2370a422c
	.dword 0x96b04ceb7a810cdd
	.dword 0x384aab50c93325c0
	.dword 0x1ce513a56cac714d
	.dword 0xb231a1ef478c5fc9
	.dword 0x42d6279342a494a1
	.dword 0xd62b4b99545eb295
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
	.dword 0xc04a628b10405bde
	.dword 0xbec33806c8999c97
	.dword 0x3f3cec22c26bc95e
	.dword 0x3eb52f58c0f9a427
	.dword 0xbf63c79babcd0113
	.dword 0xbe53c59b98495ad3
	.dword 0x3eb76cb520934a45
	.dword 0xc05c794ac1b870c0
	.dword 0x4010dce502f9613b
	.dword 0xbe176f651b4bae78
	.dword 0x3ff07ff2d6deaadd
	.dword 0x3f01f0faa1d2ff5d
	.dword 0xffe720c10abd1dae
	.dword 0x43ef262b748e390e
	.dword 0xffd40895540b103e
	.dword 0x801609a106771eb8
	.dword 0x002a232bc4a1c40c
	.dword 0x43ec865ac2a3ec51
	.dword 0x433bdfc1bb8c5a38
	.dword 0xffe398e8305d9dcf
	.dword 0xc1e32f8bd1ad563a
	.dword 0x032bdc3277dda184
	.dword 0x8013e8bb092a1b41
	.dword 0x00175c94ba999346
	.word 0x3ccbaa23
	.word 0x3fac5eff
	.word 0x44ba3f81
	.word 0x3ff01580
	.word 0xb9a19342
	.word 0x3c88ca3a
	.word 0x4063ab01
	.word 0x3dc455b2
	.word 0x3b4ef22d
	.word 0xc1f84e9f
	.word 0xc2f8980a
	.word 0xc4e66d7d
	.word 0x5f50481f
	.word 0x4f544eb3
	.word 0xfeac202c
	.word 0x4b13e485
	.word 0x4b65ab93
	.word 0xcf7182da
	.word 0x1282738
	.word 0xfefa6ba1
	.word 0x4b1987eb
	.word 0x817a1a54
	.word 0xcf4ad764
	.word 0xf2f3152
	.balign 16
scratch:
	.word 0xc6ab3850
	.word 0x958c7880
	.word 0x4912cc0e
	.word 0x2f38ca7
	.word 0x1f8df794
	.word 0x8e9bc24b
	.word 0x2c89fd62
	.word 0x77932af0
	.word 0x4b695156
	.word 0x49379f17
	.word 0xe0716ddd
	.word 0x749fcc38
	.word 0x2e09dc34
	.word 0xa4658893
	.word 0xbb8ba728
	.word 0x22b6d37f
	.word 0xe3f0ad73
	.word 0x3d887ddc
	.word 0x744f7c65
	.word 0xe3b1a104
	.word 0x25b8134c
	.word 0xdde19424
	.word 0x3c91156
	.word 0x1d9bf547
	.word 0x557bf1e
	.word 0xa434cec4
	.word 0x80665672
	.word 0x1fae57e6
	.word 0x7f0d54af
	.word 0x66831203
	.word 0x9cad7c22
	.word 0x560d9376
	.word 0x680709a7
	.word 0xaf460afe
	.word 0xad2643b2
	.word 0xcf56125a
	.word 0xaeb7ce54
	.word 0xb8d1d8aa
	.word 0xfb5ff048
	.word 0xaf88ae83
	.word 0xf14ae64f
	.word 0x1de9414e
	.word 0x8dd3ee6e
	.word 0xf3d49a41
	.word 0x730dcbef
	.word 0x84799437
	.word 0x691ac648
	.word 0xba80a81
	.word 0x55fdd05d
	.word 0x1136f366
	.word 0x2410cdab
	.word 0x8913dc59
	.word 0xa18827b5
	.word 0xaa4744a
	.word 0x183bddc
	.word 0xb138dec0
	.word 0xf6f1fdb0
	.word 0xe1b4bb73
	.word 0xad86e3de
	.word 0x4e5e7f20
	.word 0xb6fdc05d
	.word 0xd03a83e6
	.word 0x88867b65
	.word 0xbab5ea90
	.word 0xfb1ac503
	.word 0xd4e46f1e
	.word 0x79f7f03d
	.word 0x79f26b65
	.word 0xa744f46a
	.word 0xfcb94e
	.word 0x6d736624
	.word 0x374b391f
	.word 0x5d76d44b
	.word 0x78010134
	.word 0x5cd209c7
	.word 0xa0b60172
	.word 0x739656fe
	.word 0x9070811a
	.word 0x8a23a753
	.word 0x27febed7
	.word 0xf4a0fe65
	.word 0x86e951b3
	.word 0x37339c5c
	.word 0xd3bffe00
	.word 0xa382efdf
	.word 0x31576c83
	.word 0x442b3ee0
	.word 0x5d12cc7b
	.word 0x97286895
	.word 0xdd6a3488
	.word 0xe49457d5
	.word 0xa3b6dca2
	.word 0x7c76b6d3
	.word 0xff3cf325
	.word 0x4a5412a9
	.word 0xc82b8389
	.word 0xb3050b24
	.word 0x5e51c094
	.word 0xae2d0515
	.word 0xdf7be812
	.word 0xed46dcee
	.word 0xedbbf7e3
	.word 0xfbbc1640
	.word 0x57f175ba
	.word 0x51872a39
	.word 0x2cca5b79
	.word 0x930c5dcb
	.word 0xe1303b1
	.word 0xa2c784e3
	.word 0x1922740e
	.word 0xa3d0643f
	.word 0x45ada114
	.word 0xc06463b3
	.word 0xce5692fa
	.word 0x9d32433e
	.word 0x7fe8db14
	.word 0xf5c74371
	.word 0xa884d905
	.word 0x47287a37
	.word 0x45b97e00
	.word 0x25502cbc
	.word 0x3830273f
	.word 0xa62cf3d4
	.word 0x329b901f
	.word 0x53925a33
	.word 0x252fd79
	.word 0xe2438367
	.word 0xd7ca6470
	.word 0xf3c11392
	.word 0xe7d4522b
	.word 0xdfb19883
	.word 0x789054b3
	.word 0x32c7bbb0
	.word 0x738af468
	.word 0x8dfbbf8b
	.word 0xbb5ef34e
	.word 0xc3d73b75
	.word 0xb388ac09
	.word 0x67323ead
	.word 0x3c16551e
	.word 0x200826c4
	.word 0xbec6212c
	.word 0x269017fd
	.word 0xa99b1c8a
	.word 0x8b4d086f
	.word 0x625f54af
	.word 0x9194e98a
	.word 0x981054d8
	.word 0xc3e8ae3d
	.word 0x13c3c06a
	.word 0x1218042d
	.word 0x41280103
	.word 0x60007167
	.word 0xabb86851
	.word 0x70f17a08
	.word 0xa9baefd0
	.word 0x7c522bf0
	.word 0x1caadba6
	.word 0xbc193169
	.word 0xdcbfd213
	.word 0xf9498ccd
	.word 0xd2d95c05
	.word 0xd2699589
	.word 0xfbc07945
	.word 0x69fcc511
	.word 0xda8d2a7e
	.word 0x8798667f
	.word 0xe1afb954
	.word 0xc62370d6
	.word 0xaf057d8a
	.word 0x163387d0
	.word 0xbfff2234
	.word 0x2c8872e8
	.word 0x787913c2
	.word 0x1a2ea682
	.word 0x112ebe5d
	.word 0x1a4ad8cf
	.word 0x6b3014a6
	.word 0x5d38eef4
	.word 0x5c2f9e67
	.word 0x53861b56
	.word 0x8d7ef720
	.word 0x20c1034d
	.word 0x15bcc039
	.word 0x3acf7a64
	.word 0x65f18405
	.word 0xfb50d91d
	.word 0xee122da4
	.word 0xdf79f697
	.word 0xd4c7ae02
	.word 0x1f82ea1
	.word 0x81ad9a57
	.word 0x6e0b07a4
	.word 0xd10f9bbb
	.word 0x6d65ba67
	.word 0x9f0fd913
	.word 0xe19ceba5
	.word 0xe1e6cff1
	.word 0x3b068c5d
	.word 0xbb267a7b
	.word 0xf94d29af
	.word 0xd36415f3
	.word 0x6a91fede
	.word 0xfc089b1b
	.word 0x21a196e
	.word 0x67c8c755
	.word 0x9b694044
	.word 0xdf52a774
	.word 0xfc3037ea
	.word 0xa36c5b0c
	.word 0x29b42e4a
	.word 0x23da36f4
	.word 0xc5940ab6
	.word 0xdc9ff237
	.word 0x79f9683b
	.word 0xcb3a6ac4
	.word 0x4a379755
	.word 0xa3700c5b
	.word 0xfd9c99e6
	.word 0xbaadb876
	.word 0xb9ccaa47
	.word 0xbc0fdca5
	.word 0xb4f0b268
	.word 0xf50185f6
	.word 0x725bc209
	.word 0x49460784
	.word 0xbf6ea8bf
	.word 0x2556cde3
	.word 0x61b0a156
	.word 0xc6d128fb
	.word 0x9a091a9c
	.word 0x92020011
	.word 0x92096b31
	.word 0x528d8446
	.word 0xa2a39dc4
	.word 0xf275dc69
	.word 0x76e3ca35
	.word 0xfb08d107
	.word 0xc42073f3
	.word 0x8190ad5c
	.word 0x13578f61
	.word 0xb5c019bc
	.word 0x680f9a27
	.word 0xf22dc7c2
	.word 0x1061f7a8
	.word 0xfc08fca2
	.word 0x900560ec
	.word 0xbf0722e0
	.word 0x303ae6ed
	.word 0xf009635e
	.word 0x503b608f
	.word 0xb9794dda
	.word 0x888af2db
	.word 0xceecfd3
	.word 0x778c6e79
	.word 0xb2255858
	.word 0x3ce4cd2f
	.word 0xd6e8e6f
	.word 0x48c307fe
	.word 0x2fa6afe0
	.word 0xb1008b6d
	.word 0xadc2103b
	.word 0x1765fcf9
	.word 0xb7ab9804
	.word 0x51c43071
	.word 0x2e850914
	.word 0x7b5e1627
	.word 0x8acff7aa
	.word 0xf36b3b57
	.word 0x1433bbb7
	.word 0xbe828b5
	.word 0xd12f768a
	.word 0xc03b07d5
	.word 0xb8ff0115
	.word 0x436c221b
	.word 0x22cb100c
	.word 0x599cbd49
	.word 0x88ab033
	.word 0x8f1311d5
	.word 0x48112f61
	.word 0xd25a0a7f
	.word 0xf1a1dd55
	.word 0x8b681250
	.word 0xad688ee1
	.word 0x2a2ae7db
	.word 0xace62ad3
	.word 0x5e33bfad
	.word 0x1107628e
	.word 0x578d5885
	.word 0x6f2d5fab
	.word 0x5fd3e527
	.word 0x4d95871c
	.word 0x53b94d47
	.word 0x382399af
	.word 0x29ddd8a4
	.word 0xcbeb29c0
	.word 0x74bcab89
	.word 0xd872968f
	.word 0xdec5481e
	.word 0x8f10cc5d
	.word 0x45ffc510
	.word 0x16eeec7e
	.word 0xa748700e
	.word 0x807571ea
	.word 0xe74cff0e
	.word 0x6d0d6858
	.word 0xc0c7033b
	.word 0x34ae1e0b
	.word 0x1a8fb23c
	.word 0x75c0cf58
	.word 0xe954d0ed
	.word 0x1a606069
	.word 0xdbc420bf
	.word 0xa5ae0596
	.word 0xc6821418
	.word 0x42b9518
	.word 0xa79d65dc
	.word 0x6ffae9af
	.word 0x6b2d09c8
	.word 0x8899f482
	.word 0x77341f46
	.word 0x6f480028
	.word 0x86ebc64e
	.word 0x3a6d52bf
	.word 0x9765aee2
	.word 0x7586087e
	.word 0x25bbd57a
	.word 0xbd83e4f0
	.word 0xe2ad0bbe
	.word 0x3887a033
	.word 0x5cb56813
	.word 0xc75969c8
	.word 0xa66383f8
	.word 0x1581f636
	.word 0x43a35135
	.word 0x19395b17
	.word 0x792fe57a
	.word 0x359c10fa
	.word 0x47e26c5b
	.word 0x4748248f
	.word 0x38e54903
	.word 0xa9695dc1
	.word 0xd8f6a989
	.word 0xb536622a
	.word 0x5710ccf3
	.word 0x9f5ffd34
	.word 0x7fd0e448
	.word 0x8636964
	.word 0xccb4a3a3
	.word 0x40dd17a3
	.word 0xa709d057
	.word 0x3d6ca416
	.word 0x94282cc1
	.word 0xa7b8c739
	.word 0x54a8aa56
	.word 0x7dab1e47
	.word 0xd21ddfb6
	.word 0x548e4323
	.word 0x1a7c796
	.word 0xd3fa1cbc
	.word 0x9dd745ca
	.word 0xd8a9d0dd
	.word 0xb4f23104
	.word 0xa88bc5cd
	.word 0xd673b754
	.word 0xb3b58418
	.word 0x65e635e3
	.word 0xc81a8d8e
	.word 0xaccb2a3b
	.word 0xf809f15d
	.word 0x2647bcc
	.word 0x2eaa1502
	.word 0xed4603e7
	.word 0x8a645a3a
	.word 0x25404fcb
	.word 0xbb9e0b77
	.word 0x24ea17ef
	.word 0xa4ef5864
	.word 0xb39c0d35
	.word 0x756c3128
	.word 0x9a60590c
	.word 0xb973a42c
	.word 0x733e1837
	.word 0xb72ca54b
	.word 0x533f45a9
	.word 0xcacd35ec
	.word 0xe260f954
	.word 0x540af9d1
	.word 0x6d2b5569
	.word 0xf748a3ea
	.word 0x8587dc70
	.word 0xbf358df4
	.word 0xdfea5c91
	.word 0x1b7ee30d
	.word 0x24fb30c2
	.word 0x1e8967d3
	.word 0x7c10c3aa
	.word 0xe8d38298
	.word 0x889915d8
	.word 0xee6a59e9
	.word 0xfb24302
	.word 0xbd963d8b
	.word 0x3ecb7398
	.word 0x47b32344
	.word 0x58ade789
	.word 0x6fca0147
	.word 0xd3bc2076
	.word 0xa1ebbe4f
	.word 0x12649e9e
	.word 0xb754d6e5
	.word 0x9c846401
	.word 0x108dcc63
	.word 0x893ee483
	.word 0xe07b64d4
	.word 0x10d5f624
	.word 0x6c3504ac
	.word 0x58bcbd7c
	.word 0x2d780455
	.word 0x93a4e72c
	.word 0xe76d710c
	.word 0x60d660ea
	.word 0x35a5a76f
	.word 0xa848feab
	.word 0x442569c5
	.word 0xcaaa142b
	.word 0x8dc937bc
	.word 0xcce2a643
	.word 0x9d7bc096
	.word 0x48473662
	.word 0x7fef05c7
	.word 0x75a2e7ec
	.word 0x2b11b23
	.word 0x1b7812e9
	.word 0x3d82f11b
	.word 0x1795b9ab
	.word 0xb4b1b69b
	.word 0xce3062ea
	.word 0x8fc5385c
	.word 0x311b2b5b
	.word 0xda7c4d03
	.word 0x285c994d
	.word 0xd5d9fa17
	.word 0xb9f6841a
	.word 0x47cbe4a0
	.word 0x50a0d8ef
	.word 0x3c1ebb11
	.word 0x84e13b4f
	.word 0xd299dbeb
	.word 0xd57d2c39
	.word 0x6fbcbcc4
	.word 0xfcac5a16
	.word 0x8a3a9dc1
	.word 0xe9d8f100
	.word 0x8e9d57c
	.word 0x7a8fc7bf
	.word 0xcd74b6e3
	.word 0x2eb79dd7
	.word 0x7caf7971
	.word 0xe3a30691
	.word 0xed5d8209
	.word 0xfe8d1c67
	.word 0xfd3b8e07
	.word 0x139e273a
	.word 0x38589c46
	.word 0x51d97c6e
	.word 0xb4c4ebc4
	.word 0x1e339c5a
	.word 0xdaa5ba46
	.word 0xd044dab0
	.word 0x294d1819
	.word 0xc381dafe
	.word 0xe312b4b1
	.word 0x51d0013
	.word 0x6f9611c
	.word 0x71847a51
	.word 0x270a83f6
	.word 0x99fb71cc
	.word 0xf93cf8d
	.word 0xba28c33c
	.word 0xebad517b
	.word 0x71c026fa
	.word 0xd6f4d2d5
	.word 0xd964c4c2
	.word 0x7e6823bc
	.word 0x39ec48d3
	.word 0xae3865a8
	.word 0xf32ba92e
	.word 0x47cb6f09
	.word 0x6f61199c
	.word 0xc6054915
	.word 0x8bdc0e46
	.word 0x488da2cc
	.word 0x665fc866
	.word 0x753bbe2f
	.word 0x5d35b550
	.word 0x9867d37f
	.word 0x23084d1b
	.word 0x7fcc318e
	.word 0xc64c2370
	.word 0x6624e41
	.word 0xbae37b14
	.word 0x65b3ab54
	.word 0xbfd4438
	.word 0xcc38a525
	.word 0xcb11440b
	.word 0x919aeda3
	.word 0x49f39d34
	.word 0x70f503de
	.word 0xc15bd8b9
	.word 0xf3d8167f
	.word 0xd3e65074
	.word 0x24f34c80
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
