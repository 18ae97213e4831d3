	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 144(x30)
	ld x3, 56(x30)
	ld x4, 24(x30)
	ld x5, 112(x30)
	ld x6, 120(x30)
	ld x7, 0(x30)
	ld x8, 136(x30)
	ld x9, 144(x30)
	ld x10, 128(x30)
	ld x11, 104(x30)
	ld x12, 88(x30)
	ld x13, 56(x30)
	ld x14, 136(x30)
	ld x15, 136(x30)
	ld x16, 24(x30)
	ld x17, 64(x30)
	ld x18, 88(x30)
	ld x19, 200(x30)
	ld x20, 120(x30)
	ld x21, 32(x30)
	ld x22, 16(x30)
	ld x23, 96(x30)
	ld x24, 72(x30)
	ld x25, 152(x30)
	ld x26, 112(x30)
	ld x27, 24(x30)
	ld x28, 208(x30)
	ld x29, 72(x30)
	ld x30, 56(x30)
	la x30, dvals
	flw f0, 328(x30)
	fld f1, 264(x30)
	flw f2, 396(x30)
	fld f3, 240(x30)
	fld f4, 40(x30)
	fld f5, 72(x30)
	fld f6, 372(x30)
	fld f7, 96(x30)
	fld f8, 144(x30)
	fld f9, 80(x30)
	flw f10, 348(x30)
	fld f11, 372(x30)
	fld f12, 216(x30)
	flw f13, 312(x30)
	fld f14, 136(x30)
	fld f15, 112(x30)
	fld f16, 40(x30)
	flw f17, 360(x30)
	fld f18, 56(x30)
	fld f19, 136(x30)
	fld f20, 88(x30)
	flw f21, 332(x30)
	flw f22, 280(x30)
	fld f23, 8(x30)
	fld f24, 184(x30)
	fld f25, 248(x30)
	fld f26, 184(x30)
	fld f27, 240(x30)
	flw f28, 332(x30)
	flw f29, 380(x30)
	fld f30, 152(x30)
	flw f31, 356(x30)
	fclass.s x17, f25
	c.swsp x20, 0(sp)
	c.sdsp x7, 296(sp)
	slti x23, x29, 2047
	la x30, dvals
	flw f7, 340(x30)
	fsub.s f24, f28, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	la x30, dvals
	fld f18, 64(x30)
	fcvt.s.d f13, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	mul x18, x11, x29
	la x30, 1f
	jalr x8, 1(x30)
	sltu x4, x20, x6
1:
	fadd.s f5, f6, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	slli x28, x26, 0
	slliw x8, x4, 0
	srlw x14, x3, x17
	fld f2, 1320(x31)
	fadd.d f7, f17, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	fld f25, 400(x30)
	la x30, dvals
	fld f11, 176(x30)
	fdiv.d f18, f25, f11, rmm
	fcvt.s.d f7, f30, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	slti x7, x21, 2047
	mulh x29, x4, x5
	c.fsdsp f24, 432(sp)
	fsqrt.d f5, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	fld f0, 88(x30)
	fsgnj.d f17, f0, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	addi x30, x31, 216
	lr.w.rl x19, (x30)
	sc.w.rl x20, x26, (x30)
	sc.w x9, x19, (x30)
	la x30, dvals
	flw f15, 684(x30)
	fadd.s f1, f4, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	rem x4, x16, x22
	remuw x16, x10, x4
	la x30, dvals
	fld f6, 584(x30)
	fcvt.s.d f24, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	mulhu x28, x9, x9
	sltiu x23, x20, -2
	la x30, dvals
	flw f12, 664(x30)
	la x30, dvals
	flw f2, 684(x30)
	fmadd.s f14, f12, f13, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	sllw x14, x27, x12
	c.beqz x12, 1f
	srlw x7, x20, x8
1:
	xori x27, x12, 2047
	remuw x13, x8, x21
	la x30, dvals
	flw f16, 600(x30)
	fnmadd.s f28, f7, f23, f16, dyn
	lw x21, 1300(x31)
	la x30, dvals
	flw f6, 296(x30)
	la x30, dvals
	flw f1, 292(x30)
	fadd.s f16, f6, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	divw x19, x9, x6
	subw x14, x25, x18
	slt x18, x16, x27
	fcvt.s.lu f4, x19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	fld f2, 448(x30)
	fsub.d f12, f2, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	srl x12, x12, x24
	la x30, dvals
	flw f25, 304(x30)
	fcvt.lu.s x18, f25, rtz
	mulw x16, x4, x3
	lhu x23, 244(x2)
	sub x28, x12, x23
	la x30, dvals
	flw f0, 308(x30)
	fadd.s f30, f4, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	srl x23, x29, x29
	fcvt.d.l f30, x16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	addw x1, x24, x20
	sraw x17, x10, x10
	lui x5, 1048575
	c.nop
	sra x9, x8, x5
	addi x30, x31, 1016
	amominu.w x26, x13, (x30)
	c.lwsp x28, 32(sp)
	c.ldsp x27, 64(sp)
	addiw x23, x27, 0
	jal x8, 1f
	addw x15, x4, x27
1:
	subw x12, x6, x6
	lwu x18, 1153(x31)
	srli x1, x3, 31
	sraiw x11, x4, 1
	la x30, dvals
	flw f26, 656(x30)
	fadd.s f5, f11, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	sub x27, x16, x19
	sltu x19, x21, x23
	addi x30, x31, 1808
	amoxor.w.aq x9, x13, (x30)
	la x30, dvals
	fld f26, 224(x30)
	la x30, dvals
	fld f14, 536(x30)
	fdiv.d f20, f26, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	c.subw x10, x12
	la x30, dvals
	fld f15, 488(x30)
	fcvt.wu.d x22, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	slti x12, x25, 0
	remuw x27, x29, x15
	bgeu x26, x6, 1f
	sra x12, x10, x0
1:
	la x30, dvals
	flw f22, 596(x30)
	fmul.s f5, f16, f22, rtz
	slli x26, x11, 0
	slliw x23, x14, 0
	la x30, dvals
	fld f19, 416(x30)
	fcvt.l.d x3, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	la x30, dvals
	flw f26, 664(x30)
	fmsub.s f18, f21, f19, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	addi x30, x31, 952
	lr.d.rl x10, (x30)
	and x18, x15, x17
	sc.d.rl x20, x21, (x30)
	lw x7, 648(x2)
	srli x18, x16, 11
	slliw x27, x12, 31
	mulhu x21, x28, x12
	lui x20, 1
	sd x11, 632(x31)
	auipc x1, 1048575
	sll x27, x10, x20
	la x30, dvals
	flw f12, 668(x30)
	la x30, dvals
	flw f12, 396(x30)
	fmadd.s f11, f12, f25, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	srli x0, x12, 39
	sraiw x20, x28, 0
	la x30, 1f
	c.jr x30
	addw x0, x11, x17
1:
	la x30, dvals
	flw f2, 644(x30)
	fcvt.d.s f6, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	c.addi x28, -1
	c.addiw x28, 31
	fsqrt.s f3, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	la x30, dvals
	fld f12, 560(x30)
	la x30, dvals
	fld f27, 88(x30)
	fmadd.d f16, f12, f27, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	feq.s x7, f6, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	bne x27, x9, 1f
	xor x1, x24, x3
	subw x19, x25, x15
1:
	fadd.d f1, f22, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	bgeu x19, x26, 1f
	sub x4, x5, x4
	sll x10, x12, x20
1:
	srlw x25, x23, x1
	la x30, 1f
	c.jr x30
	sltu x26, x17, x20
1:
	slti x28, x9, 1
	fcvt.d.w f3, x17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	srl x12, x27, x12
	slli x23, x18, 32
	srliw x27, x5, 31
	la x30, dvals
	fld f7, 400(x30)
	la x30, dvals
	fld f0, 240(x30)
	la x30, dvals
	fld f10, 56(x30)
	fmadd.d f2, f7, f0, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	addi x30, x31, 1352
	amoxor.d.aq x16, x16, (x30)
	la x30, dvals
	flw f8, 336(x30)
	fsub.s f31, f18, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	srl x9, x5, x5
	lhu x22, 368(x31)
	slt x16, x27, x8
	addi x30, x31, 1040
	amomax.w.rl x3, x13, (x30)
	slt x28, x16, x11
	lbu x17, 421(x2)
	mv x13, x31
	c.ld x13, 48(x13)
	addi x30, x31, 568
	amoand.d x3, x9, (x30)
	sra x22, x13, x7
	sltiu x0, x8, 64
	la x30, dvals
	flw f12, 304(x30)
	fadd.s f25, f12, f20, rtz
	la x30, dvals
	flw f18, 320(x30)
	la x30, dvals
	flw f31, 300(x30)
	fnmsub.s f10, f18, f31, f8, rdn
	la x30, dvals
	fld f15, 560(x30)
	la x30, dvals
	fld f16, 576(x30)
	fsub.d f29, f15, f16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	add x15, x27, x19
	xori x22, x22, -1
	la x30, dvals
	flw f22, 340(x30)
	fmsub.s f27, f11, f19, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	srai x29, x23, 33
	srliw x29, x13, 7
	sb x7, 309(x31)
	c.srai x14, 49
	c.andi x13, 11
	slli x9, x21, 31
	sraiw x4, x0, 0
	mv x11, x31
	c.fsd f12, 152(x11)
	mv x12, x31
	c.lw x13, 12(x12)
	sll x25, x8, x1
	mulhsu x3, x28, x5
	addw x9, x27, x1
	fsd f15, 328(x31)
	la x30, dvals
	flw f19, 296(x30)
	la x30, dvals
	flw f25, 612(x30)
	fmsub.s f17, f15, f19, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sw x18, 484(x31)
	lw x5, 16(x31)
	rem x19, x21, x8
	sd x12, 1352(x31)
	c.fsdsp f6, 224(sp)
	sll x19, x10, x10
	la x30, dvals
	fld f0, 208(x30)
	la x30, dvals
	fld f1, 456(x30)
	fadd.d f21, f0, f1, dyn
	fsub.d f7, f0, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	ld x9, 568(x31)
	mv x11, x31
	c.ld x14, 192(x11)
	sd x7, 1237(x31)
	add x4, x12, x0
	la x30, dvals
	flw f29, 308(x30)
	la x30, dvals
	flw f27, 656(x30)
	fmsub.s f12, f24, f29, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	lb x4, 60(x31)
	c.srai x13, 56
	c.andi x8, -26
	lh x11, 1486(x31)
	addw x28, x0, x15
	la x30, dvals
	fld f18, 168(x30)
	flt.d x8, f18, f23
	mulhu x21, x17, x10
	mulh x23, x11, x6
	sra x18, x22, x22
	addi x9, x5, 2047
	fcvt.wu.s x29, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	sb x23, 901(x31)
	la x30, dvals
	fld f27, 536(x30)
	fadd.d f5, f22, f27, rup
	sltu x15, x13, x0
	la x30, dvals
	fld f18, 488(x30)
	la x30, dvals
	fld f16, 192(x30)
	fsub.d f13, f18, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	remu x26, x25, x14
	la x30, dvals
	flw f18, 616(x30)
	fdiv.s f22, f9, f18, rne
	la x30, dvals
	flw f3, 680(x30)
	fmsub.s f17, f3, f21, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	jal x25, 1f
	sll x24, x10, x11
1:
	sllw x9, x8, x15
	la x30, dvals
	flw f14, 616(x30)
	la x30, dvals
	flw f12, 396(x30)
	fnmsub.s f17, f14, f26, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	csrrwi x22, frm, 2
	slti x22, x19, 2047
	c.j 1f
	sltu x21, x4, x11
1:
	subw x20, x0, x29
	la x30, 1f
	c.jalr x30
	add x26, x5, x18
1:
	la x30, dvals
	flw f4, 332(x30)
	la x30, dvals
	flw f12, 640(x30)
	fmul.s f11, f4, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, 1f
	jalr x20, 1(x30)
	srlw x0, x21, x25
1:
	slli x18, x24, 31
	sraiw x18, x17, 28
	bgeu x4, x11, 1f
	subw x10, x0, x6
	or x16, x16, x10
1:
	mulh x28, x11, x0
	srli x15, x6, 32
	slliw x28, x18, 1
	sub x0, x0, x18
	sub x24, x4, x28
	fmv.w.x f25, x16
	mulhsu x29, x18, x8
	mulh x22, x10, x0
	slt x11, x24, x12
	slti x19, x4, -2
	sltu x22, x0, x7
	la x30, dvals
	flw f30, 660(x30)
	fcvt.d.s f1, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	addi x30, x31, 752
	amoand.w.aqrl x15, x6, (x30)
	sra x16, x18, x15
	bgeu x0, x3, 1f
	slt x20, x3, x6
	or x20, x14, x16
1:
	sltu x18, x8, x3
	srl x3, x15, x1
	c.j 1f
	and x12, x17, x11
1:
	bge x23, x27, 1f
	sltu x5, x16, x16
1:
	xori x16, x15, 1
	c.xor x8, x10
	divw x7, x20, x4
	c.addi x3, 31
	c.addiw x3, 0
	la x30, dvals
	fld f1, 24(x30)
	la x30, dvals
	fld f14, 88(x30)
	flt.d x27, f1, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	flw f27, 388(x30)
	la x30, dvals
	flw f26, 348(x30)
	la x30, dvals
	flw f3, 684(x30)
	fmsub.s f29, f27, f26, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	fmv.x.d x24, f7
	lb x8, 622(x2)
	srli x8, x17, 31
	srliw x23, x10, 14
	xori x1, x19, 2047
	subw x18, x5, x10
	fcvt.d.s f29, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	auipc x8, 524287
	addi x30, x31, 88
	amomin.d.rl x3, x27, (x30)
	addi x30, x31, 1528
	lr.d.aq x29, (x30)
	sc.d.aq x16, x15, (x30)
	la x30, dvals
	fld f6, 448(x30)
	fclass.d x6, f6
	la x30, dvals
	fld f4, 504(x30)
	fmul.d f7, f4, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	sltu x1, x15, x4
	bne x3, x4, 1f
	srlw x20, x8, x23
	sltu x25, x16, x27
1:
	bgeu x15, x21, 1f
	sltu x11, x7, x20
	sll x22, x24, x27
1:
	bgeu x13, x15, 1f
	sraw x25, x29, x9
1:
	sd x20, 960(x31)
	la x30, dvals
	flw f15, 288(x30)
	fclass.s x12, f15
	sh x7, 152(x31)
	la x30, dvals
	flw f29, 380(x30)
	feq.s x26, f3, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sra x24, x9, x13
	la x30, dvals
	fld f17, 560(x30)
	fdiv.d f8, f17, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	addi x18, x12, -952
	subw x19, x27, x26
	la x30, dvals
	flw f30, 624(x30)
	la x30, dvals
	flw f17, 364(x30)
	flt.s x23, f30, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	addi x7, x21, 2047
	la x30, 1f
	jalr x8, 1(x30)
	and x17, x25, x29
1:
	la x30, dvals
	fld f7, 584(x30)
	la x30, dvals
	fld f3, 432(x30)
	fsub.d f20, f7, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	sll x3, x17, x6
	addi x30, x31, 832
	amoadd.w.aq x13, x8, (x30)
	fsd f26, 832(x31)
	beq x0, x10, 1f
	or x14, x10, x6
	add x20, x23, x9
1:
	mul x23, x10, x27
	c.beqz x11, 1f
	addw x10, x21, x10
1:
	fmsub.d f31, f27, f19, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	remu x25, x5, x8
	sh x3, 158(x31)
	and x0, x8, x8
	c.li x21, -3
	c.lui x21, 16
	sll x9, x27, x15
	srli x11, x16, 32
	srliw x7, x6, 31
	la x30, dvals
	fld f8, 440(x30)
	la x30, dvals
	fld f27, 432(x30)
	fdiv.d f25, f8, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	sll x20, x11, x4
	la x30, dvals
	flw f13, 296(x30)
	la x30, dvals
	flw f20, 312(x30)
	la x30, dvals
	flw f16, 672(x30)
	fmsub.s f5, f13, f20, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	fld f31, 472(x30)
	la x30, dvals
	fld f17, 560(x30)
	la x30, dvals
	fld f2, 0(x30)
	fmsub.d f11, f31, f17, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	la x30, dvals
	flw f3, 312(x30)
	la x30, dvals
	flw f16, 384(x30)
	fsgnjx.s f0, f3, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	c.addi x5, -1
	c.addiw x5, 1
	lwu x21, 932(x31)
	addi x30, x31, 256
	amominu.d.rl x14, x1, (x30)
	la x30, dvals
	fld f20, 64(x30)
	fmul.d f12, f20, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	fld f27, 496(x30)
	fadd.d f7, f10, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, dvals
	flw f17, 356(x30)
	la x30, dvals
	flw f28, 352(x30)
	flt.s x14, f17, f28
	ori x3, x21, 31
	fle.d x6, f19, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	lw x18, 1344(x31)
	c.nop
	sd x20, 169(x31)
	fcvt.s.l f8, x3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	addiw x12, x20, -2
	srl x11, x21, x24
	lh x12, 628(x2)
	csrrs x29, fflags, x0
	la x30, dvals
	fld f3, 536(x30)
	la x30, dvals
	fld f11, 464(x30)
	fadd.d f29, f3, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	srli x18, x10, 32
	sraiw x22, x13, 31
	addiw x15, x6, -1754
	sb x5, 159(x31)
	remu x11, x27, x26
	la x30, dvals
	flw f26, 364(x30)
	fdiv.s f3, f26, f20, rup
	andi x29, x28, 32
	la x30, dvals
	flw f27, 284(x30)
	la x30, dvals
	flw f25, 380(x30)
	fmsub.s f8, f27, f26, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	lh x4, 218(x2)
	la x30, dvals
	flw f20, 652(x30)
	la x30, dvals
	flw f9, 304(x30)
	fadd.s f9, f20, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	sw x27, 1494(x31)
	la x30, dvals
	flw f7, 384(x30)
	la x30, dvals
	flw f30, 388(x30)
	fsub.s f13, f7, f30, dyn
	la x30, dvals
	flw f18, 664(x30)
	la x30, dvals
	flw f28, 364(x30)
	fnmsub.s f29, f25, f18, f28, rtz
	la x30, dvals
	fld f29, 536(x30)
	fsub.d f26, f22, f29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	andi x8, x14, 2047
	sb x27, 1393(x31)
	la x30, dvals
	fld f22, 32(x30)
	la x30, dvals
	fld f6, 416(x30)
	fnmadd.d f8, f30, f22, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	csrrci x10, fflags, 31
	bne x19, x18, 1f
	sub x12, x21, x15
1:
	addi x1, x5, -2048
	divu x15, x5, x4
	addw x5, x3, x16
	la x30, 1f
	jalr x11, 1(x30)
	srlw x11, x16, x16
1:
	c.bnez x10, 1f
	add x12, x11, x21
1:
	divuw x3, x21, x14
	la x30, dvals
	flw f23, 316(x30)
	la x30, dvals
	flw f4, 616(x30)
	fmul.s f25, f23, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	srlw x24, x26, x14
	bne x6, x29, 1f
	slt x0, x16, x22
	sll x1, x5, x25
1:
	slti x18, x21, 1953
	andi x11, x21, 31
	la x30, dvals
	flw f21, 304(x30)
	fmin.s f0, f10, f21
	rem x4, x1, x28
	fcvt.w.d x17, f12, rne
	addi x30, x31, 1688
	amoxor.d x11, x19, (x30)
	lui x14, 1
	divu x29, x12, x23
	la x30, dvals
	flw f9, 596(x30)
	fadd.s f23, f9, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	lw x5, 804(x31)
	remuw x6, x25, x11
	la x30, dvals
	fld f27, 520(x30)
	la x30, dvals
	fld f18, 520(x30)
	fmsub.d f18, f27, f15, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	fsqrt.s f12, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	sltiu x5, x21, -2
	la x30, dvals
	flw f13, 304(x30)
	la x30, dvals
	flw f29, 616(x30)
	fsub.s f12, f13, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	bgeu x21, x8, 1f
	or x0, x1, x6
1:
	srli x27, x27, 63
	sraiw x11, x5, 0
	srlw x8, x0, x9
	sb x28, 1449(x31)
	la x30, dvals
	flw f28, 628(x30)
	fsqrt.s f16, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	sh x10, 1296(x31)
	la x30, dvals
	flw f13, 664(x30)
	la x30, dvals
	flw f5, 592(x30)
	fmsub.s f19, f20, f13, f5, rne
	sltu x1, x3, x11
	addi x30, x31, 1264
	lr.d x10, (x30)
	slt x22, x4, x26
	sc.d x28, x20, (x30)
	sraw x1, x17, x21
	fmv.w.x f16, x3
	remu x4, x4, x18
	slti x27, x28, 63
	la x30, dvals
	flw f18, 604(x30)
	la x30, dvals
	flw f21, 648(x30)
	fadd.s f18, f18, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	lui x19, 1048575
	la x30, dvals
	fld f7, 584(x30)
	fsqrt.d f28, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	flw f18, 376(x30)
	fsqrt.s f9, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	ori x10, x13, -2
	la x30, dvals
	flw f28, 616(x30)
	fmadd.s f20, f22, f28, f2, rmm
	bltu x24, x17, 1f
	sra x11, x9, x16
	srl x22, x27, x16
1:
	mul x9, x23, x17
	fcvt.wu.d x27, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	addi x30, x31, 904
	amomin.d x25, x10, (x30)
	srl x27, x8, x0
	la x30, dvals
	fld f18, 440(x30)
	fcvt.w.d x13, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	sh x27, 1282(x31)
	la x30, dvals
	flw f9, 308(x30)
	fsub.s f21, f26, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	srl x23, x28, x28
	lhu x1, 1140(x31)
	sllw x27, x4, x6
	ori x7, x20, 1
	divu x20, x21, x0
	addw x25, x0, x21
	la x30, dvals
	flw f24, 592(x30)
	fdiv.s f9, f24, f13, rtz
	fmsub.d f10, f27, f12, f8, rup
	addi x30, x31, 896
	amomin.d.aq x29, x23, (x30)
	lh x10, 278(x31)
	sh x14, 532(x31)
	slli x29, x9, 63
	sraiw x4, x9, 8
	addw x14, x25, x10
	divw x0, x11, x3
	la x30, dvals
	flw f27, 660(x30)
	fsgnjx.s f9, f17, f27
	la x30, dvals
	flw f6, 632(x30)
	fadd.s f31, f6, f29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	addi x1, x9, -1
	fcvt.w.d x12, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	la x30, dvals
	flw f16, 636(x30)
	fsqrt.s f18, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	flw f9, 336(x30)
	fsgnjn.s f29, f9, f27
	or x9, x25, x27
	jal x0, 1f
	add x7, x7, x11
1:
	la x30, dvals
	flw f24, 652(x30)
	fdiv.s f16, f24, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	add x25, x10, x22
	divuw x11, x23, x3
	sh x13, 1838(x31)
	addi x30, x31, 400
	amoxor.d.aq x10, x17, (x30)
	sub x18, x0, x27
	c.beqz x14, 1f
	sltu x14, x25, x3
1:
	remuw x25, x18, x25
	la x30, dvals
	flw f25, 312(x30)
	fnmadd.s f10, f25, f19, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	sw x12, 164(x31)
	ori x22, x8, 32
	sltiu x10, x7, 2047
	ld x7, 608(x31)
	lwu x14, 124(x2)
	addi x30, x31, 80
	amoor.d.aqrl x13, x13, (x30)
	la x30, dvals
	fld f28, 496(x30)
	fsqrt.d f26, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	srlw x0, x7, x15
	la x30, dvals
	fld f12, 48(x30)
	fadd.d f12, f12, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	c.nop
	add x13, x13, x21
	mv x12, x31
	c.fsd f9, 192(x12)
	fcvt.wu.d x7, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	la x30, dvals
	flw f27, 328(x30)
	fclass.s x22, f27
	sh x28, 1624(x31)
	la x30, dvals
	flw f23, 316(x30)
	fdiv.s f17, f23, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	srli x10, x22, 32
	sraiw x17, x26, 31
	divuw x4, x25, x28
	addi x30, x31, 704
	lr.d x29, (x30)
	and x21, x7, x16
	sc.d x3, x17, (x30)
	sc.d x13, x1, (x30)
	srai x1, x4, 31
	sraiw x0, x28, 1
	jal x15, 1f
	sra x0, x21, x11
1:
	addiw x23, x1, 31
	la x30, dvals
	flw f21, 296(x30)
	fsqrt.s f30, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	mv x12, x31
	c.lw x9, 84(x12)
	la x30, dvals
	flw f27, 392(x30)
	fmul.s f23, f18, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	fmv.x.w x8, f6
	mulh x1, x0, x7
	sll x13, x14, x0
	csrrs x16, fflags, x0
	beq x12, x12, 1f
	sraw x1, x15, x28
1:
	la x30, dvals
	fld f10, 136(x30)
	fcvt.lu.d x25, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	bne x26, x12, 1f
	sub x14, x9, x19
	add x3, x19, x5
1:
	add x21, x14, x4
	sraw x0, x4, x4
	sltiu x16, x12, -2
	slt x24, x9, x16
	la x30, dvals
	flw f30, 652(x30)
	la x30, dvals
	flw f8, 612(x30)
	fsub.s f22, f30, f8, rne
	lh x9, 1004(x31)
	mv x13, x31
	c.sw x10, 96(x13)
	srli x28, x13, 63
	slliw x23, x17, 0
	sllw x18, x6, x3
	la x30, dvals
	fld f14, 488(x30)
	fmsub.d f8, f29, f14, f14, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	la x30, dvals
	fld f5, 448(x30)
	fcvt.lu.d x27, f5, rdn
	csrrsi x10, fflags, 29
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
	.dword 0x11d547a39d0e1d53
	.dword 0x8a2e12214528d494
	.dword 0xa8f512695dbed195
	.dword 0x760a7833188c9215
	.dword 0xd3009932c4f19d01
	.dword 0x1d691389dc1daca5
	.dword 0x58ae34415aed3112
	.dword 0x652ee1d59b97b6bf
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
	.dword 0x3fcadf5f6f87636f
	.dword 0x3ff505276df07727
	.dword 0xbf2466a54e6c353d
	.dword 0xc053fcaab66b72d1
	.dword 0x4021fb042c640da4
	.dword 0xbe9b03a66ed70011
	.dword 0x3f8b4190215fe32c
	.dword 0xc061a0336ca5f018
	.dword 0xc04295e09cb767b7
	.dword 0xc1c9f917fd7bc55a
	.dword 0xbef4bdb6e49e393f
	.dword 0xbf02b24430a4e291
	.dword 0x7feeba1d70bf61f3
	.dword 0x4337ffabeeee9db2
	.dword 0x80303455c8bf7aa0
	.dword 0xffec3ac1d555a84b
	.dword 0x41e56d86c0e8fd2c
	.dword 0x80234d8613f434a7
	.dword 0x80257ad40223215b
	.dword 0xc3ec31352e5420b0
	.dword 0x7fd93ca8e0d359c6
	.dword 0x7fdebd00cb2c789f
	.dword 0x7fe690cc9dc4c7bb
	.dword 0xc33ea877b27a9faf
	.word 0xb9bb41a3
	.word 0x43936cc5
	.word 0x39b63b7f
	.word 0xbf06fa21
	.word 0x41c1c775
	.word 0x3ec7a6c0
	.word 0x3d0495d0
	.word 0x4176bab1
	.word 0x3a735c28
	.word 0xbf38e56e
	.word 0xc383fed8
	.word 0xbbb583e7
	.word 0xcb311560
	.word 0xfeebc702
	.word 0xfe8615d0
	.word 0x4b58422d
	.word 0x4b7b1260
	.word 0x16b8fc2
	.word 0xdf198309
	.word 0x15aec33
	.word 0x5f6cad32
	.word 0x4f53c631
	.word 0x12f3075
	.word 0x8124a044
	.balign 16
scratch:
	.word 0xee21dfd2
	.word 0x6ea552df
	.word 0x5b24c4a0
	.word 0xb5a40a78
	.word 0xa98911ad
	.word 0xfc227a13
	.word 0xdf6837c3
	.word 0xeb975a6b
	.word 0x1b9d7ac6
	.word 0x2c79f424
	.word 0x4d52d61a
	.word 0xe5a22792
	.word 0x8b56d07a
	.word 0x7a6ea216
	.word 0x6baa9500
	.word 0x185bb925
	.word 0x809afdda
	.word 0x3b1b9b0a
	.word 0x472519d7
	.word 0x67eef0d8
	.word 0x87402862
	.word 0xcbc901c4
	.word 0x95cf73bc
	.word 0xca10260
	.word 0xb14f96d6
	.word 0x313b949c
	.word 0x36ae9c48
	.word 0x41da35bb
	.word 0xeac797ad
	.word 0x1e754d34
	.word 0x4da14d7d
	.word 0xe5d5303a
	.word 0x39986bb3
	.word 0xa92c2944
	.word 0xac935786
	.word 0xa1d6257
	.word 0x6cadfefc
	.word 0xbd30ffe5
	.word 0xfb4ddee3
	.word 0x52a24bcb
	.word 0x60bfe2e6
	.word 0x8efe77
	.word 0x374e4b37
	.word 0x3b325043
	.word 0x567b131e
	.word 0xb701eb52
	.word 0xc7162287
	.word 0x6b9ea7a4
	.word 0x52257a31
	.word 0x5107b480
	.word 0x556b0e2b
	.word 0xa160fbfc
	.word 0x7dfbba93
	.word 0x5f922727
	.word 0x75af991c
	.word 0x5707111a
	.word 0x11a57a88
	.word 0x60709bb2
	.word 0x13daa411
	.word 0xac4c501d
	.word 0xefb3847a
	.word 0x78adf764
	.word 0xe639cc4
	.word 0xc29f6519
	.word 0xe9b612e7
	.word 0x56b60552
	.word 0x559dc5dc
	.word 0x49e05aaf
	.word 0x1406e555
	.word 0xdd280163
	.word 0x7d85f3c1
	.word 0xbc4bf5df
	.word 0x9cfee047
	.word 0x5e3227bc
	.word 0x4270f11e
	.word 0xd630f9d7
	.word 0xe845d712
	.word 0x6507661
	.word 0x1b1617cf
	.word 0xe41cfc38
	.word 0x8e3ff55
	.word 0x9625fef1
	.word 0x16828b8c
	.word 0xb99626d5
	.word 0xd4dbb613
	.word 0xe12964ff
	.word 0x7b6aa6a4
	.word 0xd8781e1b
	.word 0xacd96b06
	.word 0xb684909a
	.word 0xb66f98f1
	.word 0xeb42d369
	.word 0x94dad43e
	.word 0x5f31110
	.word 0x9df57df8
	.word 0x7b06ff7d
	.word 0x39c8ac29
	.word 0xa5fedbef
	.word 0xaee3916e
	.word 0x4509de29
	.word 0xa754e8af
	.word 0x7263a46f
	.word 0xdb26a418
	.word 0xfb11da8a
	.word 0xc85fafea
	.word 0x89fcd65b
	.word 0x75c047c0
	.word 0xda3752dc
	.word 0x3df597aa
	.word 0x6f12956a
	.word 0x8a46bd15
	.word 0xe1624f07
	.word 0xb8dd9386
	.word 0x5f078cd0
	.word 0x7d26a85e
	.word 0xad8ab548
	.word 0x9f5ad3f9
	.word 0x6197bc0b
	.word 0x54c47700
	.word 0x9ea75852
	.word 0xc0097204
	.word 0x27792120
	.word 0x68f9314e
	.word 0x94ca12e6
	.word 0x4418c0d
	.word 0x8dc6eb4d
	.word 0x4543005a
	.word 0x8c420d3e
	.word 0x7150d24c
	.word 0x8359fc0
	.word 0xc27586e6
	.word 0x278689f2
	.word 0x21aee76e
	.word 0x5528602f
	.word 0x7c983b99
	.word 0x68febec
	.word 0x85b0d4b5
	.word 0x7be15fe6
	.word 0x53ab4ae8
	.word 0x643ca5f3
	.word 0xe0d50bf2
	.word 0x74c60fc7
	.word 0x12e81e58
	.word 0x3541cfe9
	.word 0x9b21df57
	.word 0xb9a68972
	.word 0x79975bf6
	.word 0xcfd382c2
	.word 0x4ef83de7
	.word 0x61dbd1e5
	.word 0x6708fed6
	.word 0x6292555f
	.word 0x2f0d8923
	.word 0x5b1d60d7
	.word 0x17f891d4
	.word 0xbd807595
	.word 0xd5630d8c
	.word 0x2e882b45
	.word 0x57f34815
	.word 0xe0cf1acd
	.word 0x7141dbc6
	.word 0xd1ee59a
	.word 0xe41464cc
	.word 0x7937c1ca
	.word 0xa0d6e8ed
	.word 0xc4a5b708
	.word 0x3ad54b6a
	.word 0xe4b01476
	.word 0x21ea4a49
	.word 0x7cc89d18
	.word 0x821eff0d
	.word 0xe2114fb2
	.word 0xb70a2261
	.word 0x9b890382
	.word 0xc4dad1be
	.word 0x434687c8
	.word 0xe4460cf7
	.word 0x9ec73d7b
	.word 0x5464582f
	.word 0x335b247f
	.word 0xad491d35
	.word 0x5310b202
	.word 0xef4ac5ea
	.word 0x490c1c31
	.word 0x9bc177f4
	.word 0x12ca000b
	.word 0xba264ae
	.word 0xa1c76195
	.word 0xf3490a8f
	.word 0x9108f3e3
	.word 0x61ee5f79
	.word 0xea246559
	.word 0xb761b5de
	.word 0xba9c9353
	.word 0x362a0228
	.word 0xbb881aff
	.word 0xa2237414
	.word 0x5893dac4
	.word 0x5aa22f01
	.word 0xf70214a0
	.word 0x75f830b
	.word 0x10ed8a14
	.word 0x944402a3
	.word 0x961d7dcb
	.word 0xd242239
	.word 0xa50b9788
	.word 0x28a572d5
	.word 0x590da4ea
	.word 0x5f82d662
	.word 0xac9c0c65
	.word 0x8f07e74d
	.word 0xe21a9fa
	.word 0x58c07ad5
	.word 0xa4c4d218
	.word 0xee7e663b
	.word 0x759bfb87
	.word 0x5788c0b2
	.word 0xbc4a48dd
	.word 0x5f63dcd5
	.word 0xbbd4bb89
	.word 0xb81436bb
	.word 0xe6aa729a
	.word 0xb7d5ba26
	.word 0x12be37ae
	.word 0x5d382ceb
	.word 0x4c097799
	.word 0x3db6ba64
	.word 0xb5b3ac39
	.word 0xc6a96843
	.word 0x9f8ecff3
	.word 0x886115ab
	.word 0xf05038e1
	.word 0x1ec00ba7
	.word 0xe9286bdd
	.word 0x6e248774
	.word 0x27857a31
	.word 0x90a0d450
	.word 0xcf78b9e5
	.word 0xd0cacd27
	.word 0xa4a35b90
	.word 0x35f6b378
	.word 0x90a19434
	.word 0xe6cfe1c7
	.word 0x44169b3c
	.word 0x795b4004
	.word 0x3a22dd89
	.word 0x53ea6540
	.word 0xf70f36c1
	.word 0x2b34db6a
	.word 0xbb61ab86
	.word 0x4c34bd4e
	.word 0xa83f0080
	.word 0x4dcbb677
	.word 0x5bac3555
	.word 0x7dd98116
	.word 0xf2979a8b
	.word 0x3919b768
	.word 0xf162a2d2
	.word 0x22eb98e
	.word 0x76fd7321
	.word 0xcbbed2cd
	.word 0x2d083dfe
	.word 0x7c4afc05
	.word 0x5a83f1e0
	.word 0xb343945f
	.word 0xf8ca83db
	.word 0xbe8747e3
	.word 0x991a971e
	.word 0xb4df6ea2
	.word 0x786b46c7
	.word 0x6c67d5e
	.word 0xe4d6e4e8
	.word 0x3134e16d
	.word 0xe3bebc1
	.word 0x1b3dbe60
	.word 0x32cceb18
	.word 0x5a58252f
	.word 0x8140a071
	.word 0x3c979016
	.word 0x1c33dcdc
	.word 0x92a58e08
	.word 0x4ff768fa
	.word 0xffe7484e
	.word 0xcb3ee419
	.word 0xe0043727
	.word 0xbafc6eb7
	.word 0xd2783162
	.word 0x5ed77248
	.word 0xa35b6ae7
	.word 0xefa5164
	.word 0xde0892ef
	.word 0x46f78c65
	.word 0x58158cd8
	.word 0xd851fbff
	.word 0x2e36568
	.word 0xa7841baf
	.word 0xbaccd337
	.word 0x35ee4f22
	.word 0x7d4455c7
	.word 0x8650919
	.word 0x8189cafa
	.word 0xa20c04b1
	.word 0x71dc8a7c
	.word 0xf2fc3c95
	.word 0xd8ba6262
	.word 0xa3b6b39
	.word 0x8cd36a77
	.word 0xd222ad99
	.word 0x75a80471
	.word 0xd1e5c2a2
	.word 0x5f87793a
	.word 0xa4ac4c2a
	.word 0x880a4d7e
	.word 0xf518582c
	.word 0x3da94362
	.word 0xad643980
	.word 0x60d1b9ea
	.word 0xaa76919c
	.word 0x70e09a7e
	.word 0x16421e89
	.word 0xe7f19c40
	.word 0x5b4739fc
	.word 0x33641fc0
	.word 0xa314b64e
	.word 0x8e70f8a0
	.word 0xbdf2b252
	.word 0x9ca8764e
	.word 0xde5e10be
	.word 0x95720dda
	.word 0x4dedd07e
	.word 0xbaf1a6f
	.word 0xf4b34dde
	.word 0x3c10a81a
	.word 0xb6c6ef3
	.word 0x50fbf8ea
	.word 0xd3334c39
	.word 0xec321d03
	.word 0x5dd7738a
	.word 0xc76b2179
	.word 0xcbce4bbb
	.word 0x559c7607
	.word 0xb0c38e89
	.word 0xe34b0e00
	.word 0xd3e2a7e5
	.word 0x64d6c92a
	.word 0x3892db3
	.word 0xe1d48b2c
	.word 0x66975df4
	.word 0x281af760
	.word 0xa82f4f7b
	.word 0x79c1fcfb
	.word 0x8d894554
	.word 0x1516f65
	.word 0xbb06fe5b
	.word 0xfd782b9d
	.word 0xf9750498
	.word 0x6523250b
	.word 0x31cafc8a
	.word 0xa52aff47
	.word 0xa28e26e6
	.word 0xac086c2f
	.word 0x903641c9
	.word 0x59e6f40e
	.word 0x6b89801d
	.word 0x2acbb6d8
	.word 0xde0382d0
	.word 0x65636a7c
	.word 0xdb1232a
	.word 0x135a8fc0
	.word 0x16f77cb1
	.word 0xd5452021
	.word 0x596628a1
	.word 0x123a9598
	.word 0x51bf0e5c
	.word 0xbeee1aa6
	.word 0xcae66b1b
	.word 0xf72413f9
	.word 0xde3a23d4
	.word 0xd25d3074
	.word 0xfe22c1fd
	.word 0x65bb6c93
	.word 0xd081867
	.word 0xce9b13c5
	.word 0x309f5334
	.word 0x85ce7748
	.word 0x2fcd09bb
	.word 0x51bff606
	.word 0x40935699
	.word 0x624c1499
	.word 0xfb37da36
	.word 0xe525bce
	.word 0xe05c923b
	.word 0x3162adf6
	.word 0xff57ac98
	.word 0x525196ba
	.word 0x705a39d9
	.word 0xdb414f49
	.word 0xa7aad5bd
	.word 0x5ebc6d53
	.word 0xb1daffd8
	.word 0x2a1091c8
	.word 0x3d18365c
	.word 0x41a6dd15
	.word 0xda8232f7
	.word 0x74f0fb9
	.word 0x31b3c045
	.word 0x7ed3d798
	.word 0x803a6488
	.word 0x59cb597d
	.word 0x6e78e1ef
	.word 0x3ae2216d
	.word 0xa7387f4a
	.word 0xb2fc0f62
	.word 0x511a8baa
	.word 0xd96b83d
	.word 0x88bfdbd5
	.word 0xb6d04d7
	.word 0xd50194ac
	.word 0x15188ba6
	.word 0x89e57b90
	.word 0xf47a73bb
	.word 0xfba4991d
	.word 0x7866a69e
	.word 0x3a132844
	.word 0xbc6b7ee9
	.word 0xa570d172
	.word 0x5487157d
	.word 0x73352349
	.word 0x3cd17407
	.word 0x586238cf
	.word 0xf0013932
	.word 0x33c54681
	.word 0xf9b04a6b
	.word 0xef5710b5
	.word 0xa57774b5
	.word 0x37dfd9e5
	.word 0x5080ed14
	.word 0xe96b3b25
	.word 0x4ff45862
	.word 0x5bf739de
	.word 0x255850b8
	.word 0xc6a7a4ff
	.word 0x7533e183
	.word 0x29732542
	.word 0xf6b3364f
	.word 0x9f295032
	.word 0x10c61e05
	.word 0xb3dc2746
	.word 0xd1ab675c
	.word 0x1557867c
	.word 0x5696e2b0
	.word 0xd2d45dd0
	.word 0x74a05d87
	.word 0x9d00c3ef
	.word 0x2ad14b71
	.word 0x74523f6e
	.word 0x44433091
	.word 0x68713699
	.word 0x9ae408c8
	.word 0x645da3f6
	.word 0xd4427707
	.word 0xcef99096
	.word 0x618ef283
	.word 0x440760ec
	.word 0xab4c28c1
	.word 0xe4d7e28b
	.word 0x85757c8
	.word 0xb76af57f
	.word 0xd169523d
	.word 0x9eff7aea
	.word 0x45e2455b
	.word 0xa46d5c1f
	.word 0xf239c6e8
	.word 0x9670d0da
	.word 0x1110b0f
	.word 0x2e6f9dd7
	.word 0x6777749d
	.word 0xb5769d8f
	.word 0xbe2e936c
	.word 0xe4278ced
	.word 0xa2fee030
	.word 0xa1e336cc
	.word 0x20607f71
	.word 0xde475e76
	.word 0x84b912f2
	.word 0x7a0731a1
	.word 0x1a58a8b8
	.word 0xe6ba4cff
	.word 0x4b9a96cd
	.word 0x312477ec
	.word 0x44eca800
	.word 0xec74de36
	.word 0x81f6980f
	.word 0xc1d7ff4
	.word 0xdf966ea5
	.word 0x5a1a3704
	.word 0x83ad9659
	.word 0x1db373aa
	.word 0xb074369
	.word 0x8e28495c
	.word 0x6772d17d
	.word 0x96f095b3
	.word 0xc904590
	.word 0x806ab7a1
	.word 0x541612e
	.word 0x5f2061c
	.word 0xe3053404
	.word 0xf5374e06
	.word 0x82078fdd
	.word 0xc7ed243
	.word 0x10edf258
	.word 0x7a72046b
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
