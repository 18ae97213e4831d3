	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 104(x30)
	ld x3, 128(x30)
	ld x4, 88(x30)
	ld x5, 176(x30)
	ld x6, 8(x30)
	ld x7, 72(x30)
	ld x8, 144(x30)
	ld x9, 112(x30)
	ld x10, 48(x30)
	ld x11, 112(x30)
	ld x12, 16(x30)
	ld x13, 104(x30)
	ld x14, 176(x30)
	ld x15, 104(x30)
	ld x16, 152(x30)
	ld x17, 160(x30)
	ld x18, 208(x30)
	ld x19, 192(x30)
	ld x20, 16(x30)
	ld x21, 72(x30)
	ld x22, 184(x30)
	ld x23, 96(x30)
	ld x24, 200(x30)
	ld x25, 144(x30)
	ld x26, 120(x30)
	ld x27, 8(x30)
	ld x28, 120(x30)
	ld x29, 0(x30)
	ld x30, 152(x30)
	la x30, dvals
	fld f0, 40(x30)
	fld f1, 272(x30)
	fld f2, 8(x30)
	fld f3, 56(x30)
	fld f4, 248(x30)
	flw f5, 372(x30)
	fld f6, 272(x30)
	flw f7, 336(x30)
	flw f8, 304(x30)
	flw f9, 336(x30)
	fld f10, 104(x30)
	flw f11, 300(x30)
	flw f12, 320(x30)
	fld f13, 272(x30)
	fld f14, 320(x30)
	fld f15, 224(x30)
	fld f16, 120(x30)
	flw f17, 296(x30)
	fld f18, 88(x30)
	fld f19, 0(x30)
	fld f20, 168(x30)
	fld f21, 248(x30)
	flw f22, 364(x30)
	flw f23, 340(x30)
	fld f24, 24(x30)
	flw f25, 372(x30)
	fld f26, 184(x30)
	fld f27, 192(x30)
	fld f28, 8(x30)
	fld f29, 16(x30)
	fld f30, 200(x30)
	fld f31, 272(x30)
	srai x22, x15, 1
	sraiw x27, x25, 7
	la x30, dvals
	fld f23, 104(x30)
	la x30, dvals
	fld f8, 536(x30)
	feq.d x18, f23, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	c.li x9, 26
	c.lui x9, 11
	la x30, dvals
	fld f18, 24(x30)
	la x30, dvals
	fld f18, 136(x30)
	fnmsub.d f27, f18, f3, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, dvals
	fld f8, 552(x30)
	fsub.d f3, f8, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	sd x3, 1544(x31)
	lwu x0, 1332(x2)
	la x30, dvals
	flw f20, 388(x30)
	fadd.s f24, f28, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	srai x28, x27, 0
	slliw x27, x1, 11
	sltu x7, x21, x19
	fsqrt.d f30, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	la x30, dvals
	flw f9, 396(x30)
	fmul.s f11, f9, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	slt x4, x1, x5
	andi x29, x12, 63
	srai x11, x12, 31
	slliw x25, x20, 0
	srli x29, x16, 32
	sraiw x19, x4, 31
	bge x24, x6, 1f
	sltu x4, x16, x21
	subw x10, x14, x4
1:
	slt x18, x6, x8
	divu x21, x3, x23
	srlw x27, x15, x0
	la x30, dvals
	flw f0, 364(x30)
	fmul.s f30, f0, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	flw f23, 316(x30)
	la x30, dvals
	flw f29, 656(x30)
	feq.s x16, f23, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	add x17, x18, x14
	la x30, dvals
	fld f13, 544(x30)
	fnmsub.d f11, f21, f13, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, dvals
	fld f20, 488(x30)
	fclass.d x10, f20
	andi x24, x16, -1
	lh x4, 764(x2)
	mv x14, x31
	c.fld f13, 48(x14)
	jal x26, 1f
	slt x15, x17, x12
1:
	or x8, x26, x21
	addi x26, x23, 31
	la x30, dvals
	flw f1, 280(x30)
	la x30, dvals
	flw f24, 392(x30)
	la x30, dvals
	flw f18, 304(x30)
	fnmsub.s f6, f1, f24, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	la x30, dvals
	fld f11, 216(x30)
	la x30, dvals
	fld f12, 536(x30)
	la x30, dvals
	fld f19, 8(x30)
	fmadd.d f27, f11, f12, f19, rup
	addi x30, x31, 872
	amoand.d x21, x9, (x30)
	rem x19, x9, x9
	la x30, dvals
	flw f22, 648(x30)
	la x30, dvals
	flw f1, 360(x30)
	la x30, dvals
	flw f27, 284(x30)
	fmadd.s f19, f22, f1, f27, rup
	lhu x18, 1042(x31)
	lb x18, 1272(x2)
	la x30, dvals
	flw f0, 668(x30)
	la x30, dvals
	flw f18, 396(x30)
	fsub.s f12, f0, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	addiw x1, x22, 32
	la x30, dvals
	fld f25, 224(x30)
	fle.d x1, f20, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	flw f24, 344(x30)
	la x30, dvals
	flw f28, 660(x30)
	fmadd.s f24, f12, f24, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	addiw x15, x19, 2047
	andi x18, x25, 32
	mulw x28, x18, x6
	la x30, dvals
	flw f7, 332(x30)
	la x30, dvals
	flw f3, 300(x30)
	fnmadd.s f19, f7, f31, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	mv x14, x31
	c.sd x14, 56(x14)
	la x30, dvals
	fld f0, 520(x30)
	fsqrt.d f24, f0, rtz
	lb x17, 1227(x2)
	c.li x8, 28
	c.lui x8, 16
	bgeu x18, x17, 1f
	or x21, x0, x11
	or x16, x0, x12
1:
	la x30, dvals
	fld f1, 248(x30)
	la x30, dvals
	fld f12, 80(x30)
	fmsub.d f5, f1, f0, f12, rup
	srai x14, x5, 3
	srliw x23, x10, 31
	srai x7, x26, 31
	slliw x7, x11, 0
	beq x17, x23, 1f
	srlw x1, x3, x15
	sraw x4, x11, x22
1:
	ori x18, x19, -2
	lb x27, 492(x2)
	la x30, dvals
	flw f15, 648(x30)
	fle.s x28, f15, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	auipc x20, 1048575
	la x30, dvals
	fld f8, 456(x30)
	fadd.d f15, f17, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	slti x25, x11, 32
	bne x13, x12, 1f
	sub x1, x22, x7
	srl x16, x22, x29
1:
	fmul.d f5, f11, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	srlw x28, x27, x9
	la x30, dvals
	fld f10, 56(x30)
	la x30, dvals
	fld f9, 552(x30)
	fmul.d f7, f10, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	xor x7, x13, x13
	sllw x17, x11, x8
	bne x21, x4, 1f
	addw x26, x22, x29
1:
	bgeu x9, x7, 1f
	sll x29, x6, x23
	srl x5, x23, x3
1:
	and x17, x20, x27
	bgeu x6, x16, 1f
	srl x25, x14, x11
1:
	srai x11, x6, 63
	srliw x16, x12, 31
	la x30, dvals
	flw f14, 364(x30)
	fcvt.l.s x1, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	fld f25, 856(x31)
	la x30, dvals
	flw f27, 604(x30)
	la x30, dvals
	flw f17, 628(x30)
	feq.s x11, f27, f17
	la x30, 1f
	c.jr x30
	sra x19, x0, x12
1:
	subw x4, x17, x21
	sllw x26, x11, x21
	xor x4, x27, x0
	fcvt.l.s x15, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	la x30, dvals
	fld f16, 528(x30)
	fcvt.s.d f26, f16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	la x30, dvals
	fld f19, 504(x30)
	fadd.d f27, f0, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	fmv.d.x f19, x20
	srlw x26, x22, x19
	slt x14, x3, x1
	mv x10, x31
	c.lw x14, 20(x10)
	andi x8, x1, -2
	la x30, dvals
	fld f12, 112(x30)
	la x30, dvals
	fld f9, 80(x30)
	fnmsub.d f17, f12, f10, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	sub x27, x29, x21
	fcvt.lu.d x1, f20, rdn
	lhu x17, 1414(x31)
	auipc x26, 1048575
	rem x27, x27, x26
	sltiu x5, x0, 64
	la x30, dvals
	flw f1, 396(x30)
	fcvt.l.s x27, f1, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	fld f7, 472(x30)
	fsqrt.d f7, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	bgeu x22, x26, 1f
	slt x19, x21, x8
1:
	srlw x13, x5, x24
	la x30, dvals
	flw f27, 664(x30)
	fadd.s f23, f14, f27, rtz
	slti x17, x8, 697
	sh x9, 1008(x31)
	la x30, dvals
	fld f0, 240(x30)
	fsqrt.d f6, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	mulh x1, x9, x0
	mulhu x27, x3, x23
	la x30, 1f
	c.jr x30
	slt x9, x13, x27
1:
	mul x1, x17, x4
	fcvt.d.s f6, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, dvals
	flw f14, 652(x30)
	la x30, dvals
	flw f28, 328(x30)
	fsub.s f6, f14, f28, dyn
	la x30, dvals
	fld f31, 576(x30)
	la x30, dvals
	fld f30, 208(x30)
	la x30, dvals
	fld f24, 40(x30)
	fnmadd.d f25, f31, f30, f24, rne
	lhu x24, 1864(x2)
	div x16, x13, x21
	la x30, dvals
	fld f27, 496(x30)
	la x30, dvals
	fld f10, 184(x30)
	fsgnj.d f13, f27, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	bltu x7, x28, 1f
	sraw x18, x28, x21
	sra x25, x9, x19
1:
	srli x20, x23, 31
	srliw x16, x5, 31
	fmul.d f6, f19, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	mulw x7, x8, x4
	sltu x25, x4, x15
	la x30, dvals
	fld f17, 560(x30)
	fcvt.wu.d x18, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	addi x30, x31, 528
	amomin.d.aq x22, x5, (x30)
	lui x21, 1048575
	fcvt.d.w f9, x12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, dvals
	fld f27, 264(x30)
	la x30, dvals
	fld f6, 56(x30)
	fmadd.d f31, f13, f27, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sub x25, x25, x28
	la x30, dvals
	flw f5, 292(x30)
	la x30, dvals
	flw f3, 608(x30)
	la x30, dvals
	flw f10, 624(x30)
	fmadd.s f8, f5, f3, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	addw x11, x5, x27
	slti x9, x22, 1
	fsw f7, 1716(x31)
	addi x30, x31, 1304
	lr.w.aqrl x16, (x30)
	sc.w.aqrl x11, x12, (x30)
	divu x8, x19, x7
	addiw x10, x12, -2
	sb x7, 1975(x31)
	c.j 1f
	sll x20, x17, x28
1:
	srlw x12, x11, x19
	addi x4, x11, 2047
	srli x9, x13, 1
	slliw x19, x28, 31
	auipc x22, 524288
	divu x29, x16, x5
	lwu x16, 203(x31)
	mulw x7, x23, x24
	sltiu x16, x18, -1
	c.xor x9, x15
	fnmadd.d f19, f19, f13, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	flw f6, 672(x30)
	fcvt.lu.s x5, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	add x13, x20, x23
	lb x25, 113(x31)
	la x30, dvals
	flw f5, 348(x30)
	fadd.s f25, f5, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	remuw x13, x0, x17
	ld x6, 8(x31)
	addw x25, x4, x0
	fsqrt.d f31, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	bge x15, x24, 1f
	sllw x13, x1, x0
	or x17, x8, x23
1:
	add x11, x10, x21
	la x30, dvals
	fld f31, 544(x30)
	la x30, dvals
	fld f12, 272(x30)
	fsub.d f31, f31, f12, rmm
	la x30, dvals
	fld f16, 56(x30)
	la x30, dvals
	fld f23, 48(x30)
	fdiv.d f13, f16, f23, rdn
	jal x17, 1f
	and x24, x16, x29
1:
	fcvt.s.w f1, x1, rtz
	sh x8, 1804(x31)
	sw x21, 1996(x31)
	la x30, dvals
	flw f4, 364(x30)
	la x30, dvals
	flw f11, 328(x30)
	la x30, dvals
	flw f13, 344(x30)
	fmadd.s f12, f4, f11, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	lbu x24, 1640(x31)
	csrrsi x26, fflags, 27
	bne x18, x22, 1f
	slt x26, x9, x19
1:
	c.slli x27, 28
	divw x11, x4, x4
	rem x23, x14, x22
	flw f1, 1312(x31)
	la x30, dvals
	flw f24, 612(x30)
	feq.s x7, f24, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	fld f11, 232(x30)
	la x30, dvals
	fld f13, 464(x30)
	la x30, dvals
	fld f3, 88(x30)
	fnmsub.d f24, f11, f13, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	mv x14, x31
	c.fld f9, 40(x14)
	lui x22, 1
	addiw x13, x22, 1
	sd x18, 248(x31)
	fmv.w.x f20, x4
	ld x29, 8(x2)
	la x30, dvals
	flw f7, 612(x30)
	fclass.s x8, f7
	la x30, dvals
	fld f9, 224(x30)
	la x30, dvals
	fld f17, 480(x30)
	fadd.d f16, f9, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	c.sub x11, x11
	divu x5, x12, x21
	mul x11, x0, x27
	divuw x26, x25, x3
	c.li x25, -14
	c.lui x25, 17
	addi x30, x31, 848
	lr.w x12, (x30)
	srl x9, x9, x22
	sc.w x16, x24, (x30)
	sc.w x21, x10, (x30)
	fcvt.d.wu f4, x15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	ori x17, x6, -2048
	csrrwi x17, frm, 0
	sb x25, 1446(x31)
	lui x26, 0
	la x30, dvals
	fld f8, 264(x30)
	la x30, dvals
	fld f10, 472(x30)
	fnmsub.d f22, f8, f5, f10, rmm
	sw x17, 1276(x31)
	lh x19, 430(x31)
	la x30, dvals
	flw f15, 616(x30)
	fsub.s f13, f8, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	fld f14, 424(x30)
	la x30, dvals
	fld f23, 224(x30)
	fadd.d f31, f14, f23, rmm
	fclass.d x26, f12
	c.j 1f
	sraw x13, x28, x6
1:
	c.addi4spn x9, sp, 452
	la x30, dvals
	flw f3, 644(x30)
	la x30, dvals
	flw f9, 280(x30)
	fsgnj.s f28, f3, f9
	la x30, dvals
	flw f23, 388(x30)
	fmul.s f10, f23, f9, dyn
	sllw x21, x24, x24
	beq x6, x0, 1f
	and x24, x4, x15
	sll x18, x26, x9
1:
	srl x15, x24, x1
	la x30, dvals
	fld f6, 80(x30)
	fmadd.d f3, f6, f6, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	fsub.s f16, f13, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	add x19, x14, x26
	sltu x17, x28, x8
	la x30, dvals
	fld f16, 168(x30)
	fnmsub.d f25, f27, f16, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	c.addi x10, -32
	c.addiw x10, 1
	c.addi x26, 5
	c.addiw x26, 31
	srlw x7, x20, x10
	sll x20, x15, x0
	sltiu x17, x18, 64
	slli x3, x22, 0
	slliw x17, x3, 31
	xor x4, x15, x17
	and x6, x12, x11
	la x30, dvals
	fld f18, 32(x30)
	fadd.d f7, f18, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	ori x0, x0, 2047
	lwu x27, 720(x2)
	add x6, x16, x27
	mulhu x6, x10, x21
	la x30, dvals
	fld f19, 16(x30)
	fdiv.d f6, f30, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	mulhu x1, x12, x18
	ori x19, x3, 2047
	rem x9, x29, x15
	srli x26, x11, 33
	srliw x10, x23, 16
	la x30, dvals
	flw f28, 644(x30)
	fmul.s f29, f28, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	sra x18, x14, x8
	mv x11, x31
	c.lw x10, 112(x11)
	xori x15, x14, 63
	la x30, dvals
	flw f17, 628(x30)
	la x30, dvals
	flw f25, 624(x30)
	fsub.s f14, f17, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	c.swsp x4, 212(sp)
	c.sdsp x9, 456(sp)
	remw x11, x6, x23
	fsqrt.d f23, f7, rdn
	slli x9, x19, 45
	sraiw x1, x4, 0
	sltiu x18, x7, -2
	div x7, x4, x16
	c.slli x28, 51
	addi x30, x31, 600
	amoor.w.aq x5, x17, (x30)
	jal x6, 1f
	sub x14, x10, x11
1:
	la x30, dvals
	flw f18, 376(x30)
	fsgnjx.s f22, f18, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	fld f16, 448(x30)
	fdiv.d f26, f16, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	csrrs x24, fflags, x0
	srai x12, x9, 33
	slliw x28, x17, 31
	la x30, dvals
	fld f8, 192(x30)
	fcvt.s.d f21, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	bltu x0, x1, 1f
	add x1, x27, x23
	slt x18, x15, x0
1:
	c.bnez x12, 1f
	sub x28, x11, x18
1:
	jal x5, 1f
	srl x10, x7, x7
1:
	la x30, dvals
	fld f23, 400(x30)
	fmul.d f12, f23, f0, dyn
	addi x30, x31, 1640
	amoxor.d.aq x22, x16, (x30)
	bge x5, x23, 1f
	srl x26, x5, x4
1:
	la x30, dvals
	fld f20, 192(x30)
	la x30, dvals
	fld f19, 408(x30)
	la x30, dvals
	fld f13, 208(x30)
	fmsub.d f23, f20, f19, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	lb x18, 292(x31)
	la x30, dvals
	flw f29, 376(x30)
	la x30, dvals
	flw f27, 284(x30)
	fnmsub.s f2, f29, f16, f27, rtz
	blt x11, x25, 1f
	sllw x6, x23, x24
1:
	sd x3, 848(x31)
	srai x11, x3, 1
	sraiw x1, x11, 0
	la x30, dvals
	flw f4, 332(x30)
	fmul.s f5, f4, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	ori x24, x12, -1
	fcvt.s.lu f16, x15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	la x30, dvals
	fld f28, 544(x30)
	fdiv.d f17, f16, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	subw x0, x18, x15
	srli x6, x19, 33
	sraiw x20, x23, 0
	la x30, dvals
	fld f29, 8(x30)
	fcvt.l.d x26, f29, dyn
	la x30, dvals
	fld f29, 248(x30)
	fclass.d x23, f29
	mulw x20, x19, x19
	sltiu x11, x28, 2047
	remw x1, x18, x10
	c.addi16sp sp, 400
	c.sdsp x5, 96(sp)
	mv sp, x31
	sd x28, 1814(x31)
	fmv.x.d x4, f27
	lwu x18, 820(x2)
	srl x27, x0, x1
	addi x30, x31, 1272
	amomaxu.d.aqrl x5, x6, (x30)
	fcvt.s.l f26, x13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	la x30, dvals
	fld f28, 400(x30)
	la x30, dvals
	fld f9, 424(x30)
	fdiv.d f4, f28, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	remw x17, x7, x15
	addi x30, x31, 56
	amoswap.w x29, x1, (x30)
	mv x15, x31
	c.sw x8, 96(x15)
	sw x28, 824(x31)
	and x28, x15, x24
	slli x17, x9, 1
	slliw x6, x28, 1
	la x30, dvals
	flw f25, 624(x30)
	fcvt.lu.s x7, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f8, 488(x30)
	fnmadd.d f21, f26, f8, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	fdiv.s f24, f25, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	fld f1, 224(x30)
	la x30, dvals
	fld f5, 456(x30)
	feq.d x29, f1, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	fld f13, 56(x30)
	la x30, dvals
	fld f7, 464(x30)
	fmul.d f7, f13, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	fld f24, 504(x30)
	fsub.d f12, f0, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	la x30, dvals
	flw f14, 328(x30)
	fdiv.s f3, f1, f14, rtz
	ori x5, x23, 31
	lw x15, 692(x2)
	auipc x6, 0
	sll x8, x12, x25
	slli x26, x26, 15
	slliw x3, x28, 1
	sra x29, x22, x18
	remuw x18, x20, x9
	fld f9, 1888(x31)
	srli x4, x5, 33
	slliw x1, x3, 27
	bne x4, x15, 1f
	sraw x17, x12, x19
1:
	fclass.s x8, f26
	sb x7, 1816(x31)
	divu x6, x25, x6
	lhu x23, 608(x2)
	la x30, dvals
	flw f13, 380(x30)
	la x30, dvals
	flw f7, 604(x30)
	fdiv.s f15, f13, f7, dyn
	la x30, dvals
	flw f4, 604(x30)
	fdiv.s f14, f4, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	fdiv.s f17, f30, f12, rne
	mv x12, x31
	c.sw x14, 80(x12)
	mul x19, x11, x0
	srli x12, x12, 32
	srliw x12, x26, 0
	la x30, dvals
	fld f15, 416(x30)
	fmsub.d f3, f3, f15, f0, rne
	fcvt.d.lu f16, x10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	fld f19, 64(x30)
	la x30, dvals
	fld f7, 240(x30)
	fmin.d f12, f19, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	blt x6, x8, 1f
	xor x5, x26, x0
1:
	ld x5, 904(x31)
	fmul.s f9, f2, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	c.beqz x11, 1f
	sltu x8, x4, x17
1:
	sll x5, x23, x0
	slt x25, x29, x19
	c.slli x9, 51
	blt x19, x5, 1f
	sub x20, x26, x16
	sub x4, x3, x16
1:
	andi x3, x11, 32
	fcvt.l.d x28, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	fcvt.s.w f26, x7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	slli x14, x11, 0
	sraiw x4, x29, 31
	la x30, dvals
	flw f13, 624(x30)
	la x30, dvals
	flw f8, 648(x30)
	la x30, dvals
	flw f3, 676(x30)
	fnmsub.s f6, f13, f8, f3, rup
	bge x23, x18, 1f
	sltu x13, x0, x16
1:
	ld x6, 160(x31)
	mul x1, x0, x5
	mul x9, x18, x26
	la x30, dvals
	fld f7, 0(x30)
	la x30, dvals
	fld f22, 464(x30)
	fsub.d f31, f7, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	fmv.x.w x10, f9
	mulw x12, x23, x7
	xor x11, x12, x1
	remw x21, x27, x25
	mulh x27, x8, x27
	lw x9, 1272(x2)
	la x30, dvals
	fld f2, 448(x30)
	fsgnjx.d f8, f2, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	c.addi4spn x9, sp, 952
	sd x0, 1832(x31)
	srl x16, x1, x0
	srlw x19, x24, x20
	slt x28, x27, x7
	fcvt.s.w f6, x0, dyn
	addi x30, x31, 712
	amoxor.w x19, x21, (x30)
	la x30, dvals
	flw f17, 640(x30)
	fmadd.s f4, f12, f17, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	srl x28, x17, x28
	fsw f2, 856(x31)
	c.srai x12, 49
	c.andi x10, -19
	xor x23, x19, x22
	la x30, dvals
	flw f16, 380(x30)
	fnmadd.s f0, f16, f1, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	addi x30, x31, 680
	amoand.w.rl x25, x29, (x30)
	bne x9, x10, 1f
	sra x4, x24, x15
1:
	fld f18, 1480(x31)
	or x4, x10, x24
	auipc x14, 281656
	addi x30, x31, 1952
	amomin.w.aq x17, x29, (x30)
	la x30, dvals
	fld f22, 440(x30)
	la x30, dvals
	fld f11, 488(x30)
	la x30, dvals
	fld f22, 40(x30)
	fmadd.d f14, f22, f11, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	sraw x18, x6, x5
	la x30, dvals
	flw f26, 612(x30)
	fdiv.s f16, f4, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	fld f23, 256(x30)
	fnmsub.d f5, f31, f23, f2, rne
	bgeu x28, x14, 1f
	add x23, x1, x15
1:
	fcvt.s.lu f4, x14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	slti x24, x9, 2047
	la x30, dvals
	flw f22, 364(x30)
	la x30, dvals
	flw f30, 320(x30)
	fsub.s f12, f22, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	srl x11, x4, x18
	mul x13, x21, x10
	sw x10, 728(x31)
	or x12, x11, x13
	csrrs x20, fflags, x0
	la x30, dvals
	fld f14, 160(x30)
	fadd.d f3, f14, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	xori x7, x4, 1
	csrrsi x6, fflags, 4
	mulh x4, x8, x25
	beq x15, x5, 1f
	or x19, x3, x10
1:
	addi x30, x31, 1048
	amoxor.d x12, x28, (x30)
	lbu x6, 149(x2)
	fcvt.d.w f9, x1
	mv x11, x31
	c.fld f11, 40(x11)
	sh x23, 334(x31)
	srai x23, x23, 1
	sraiw x20, x12, 0
	la x30, dvals
	fld f1, 64(x30)
	fsub.d f14, f1, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	lw x9, 1936(x2)
	sll x10, x10, x20
	la x30, dvals
	flw f3, 632(x30)
	la x30, dvals
	flw f30, 596(x30)
	fdiv.s f10, f3, f30, rne
	la x30, dvals
	flw f22, 660(x30)
	la x30, dvals
	flw f2, 288(x30)
	la x30, dvals
	flw f0, 652(x30)
	fnmadd.s f8, f22, f2, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	sb x7, 1946(x31)
	addi x30, x31, 336
	amomax.w.aqrl x26, x16, (x30)
	addi x30, x31, 568
	lr.d.aqrl x17, (x30)
	addw x16, x0, x19
	addi x30, x30, 8
	sc.d.aqrl x15, x5, (x30)
	sc.d x29, x5, (x30)
	sub x17, x11, x5
	la x30, dvals
	flw f14, 604(x30)
	la x30, dvals
	flw f11, 332(x30)
	fmsub.s f19, f14, f27, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	ld x0, 104(x2)
	mv x10, x31
	c.fld f15, 32(x10)
	slli x4, x18, 33
	sraiw x22, x13, 1
	add x9, x29, x20
	slli x13, x16, 1
	sraiw x9, x1, 31
	lhu x26, 1558(x2)
	jal x24, 1f
	sltu x19, x21, x24
1:
	remw x11, x14, x1
	sd x23, 423(x31)
	lwu x23, 1840(x31)
	c.li x14, 27
	c.lui x14, 15
	addw x0, x7, x8
	mulh x12, x24, x12
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
	.dword 0x6cb1d4f293d84345
	.dword 0xeda57d3d025d7bbc
	.dword 0x087f0809c6b5ca76
	.dword 0x809d84eb301f618b
	.dword 0x59e39c1c66612cac
	.dword 0x3d652796ab62c0fd
	.dword 0x9cde312305b5f79e
	.dword 0xd38b2d9d712206a1
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
	.dword 0xc131e24b90470307
	.dword 0xbf94f550a1338fc7
	.dword 0xc0f7e4ee4020193b
	.dword 0xbf9911686d0b8aea
	.dword 0x3ea947721c13e729
	.dword 0xbf3f2627f0427afa
	.dword 0xc1944a544e1ca7d3
	.dword 0xc0d7715b518b12fd
	.dword 0x400cf4ca86226e80
	.dword 0xbea633dd97c62383
	.dword 0x419f3d47c63d96a4
	.dword 0xc01e299b090dfe6d
	.dword 0xc334e08814a4fbc2
	.dword 0x8026088e449a7b1d
	.dword 0x0029a6325c558e45
	.dword 0x00166a87be45054c
	.dword 0xffdbabd646cdb266
	.dword 0x7fd5cebc104a911d
	.dword 0x0323ce2e4897efa5
	.dword 0x832c6c9ab189670d
	.dword 0x41eb017c32c73796
	.dword 0x803962746b521947
	.dword 0x7fecce30cfd2efd5
	.dword 0xc33ff497ed3c70f9
	.word 0xbdc6ade9
	.word 0xbff50a0e
	.word 0x3bc89659
	.word 0x41fb7083
	.word 0xc4d288ce
	.word 0x3f16ddce
	.word 0xbe4c4387
	.word 0xc2210eca
	.word 0xc0ce54e0
	.word 0xc2787fec
	.word 0x44d26f73
	.word 0xc44c3b3a
	.word 0xcf607791
	.word 0xdf0930ae
	.word 0x80cb9685
	.word 0xfecad2ba
	.word 0xdf24af21
	.word 0xdf3a450f
	.word 0x1054802
	.word 0x8f46ff8f
	.word 0xdf347d
	.word 0x7f6b8011
	.word 0x803f707c
	.word 0x14ae8b7
	.balign 16
scratch:
	.word 0xcddd78b9
	.word 0x3b87525c
	.word 0xe85bedfa
	.word 0x29780608
	.word 0x1e9b4854
	.word 0x85af801c
	.word 0xc02b638a
	.word 0x2714c147
	.word 0x58b3a5f9
	.word 0xad9eec1f
	.word 0x73bbb631
	.word 0xaacf056f
	.word 0x63acb9e
	.word 0xb66da37a
	.word 0x425ead1b
	.word 0x684d5a45
	.word 0xa3b6e327
	.word 0x8595a50e
	.word 0x17bbcf14
	.word 0xa5767f38
	.word 0x38b80470
	.word 0x3ef5150b
	.word 0x16d35f01
	.word 0xdb5b7298
	.word 0x140d2b9c
	.word 0x9ea09743
	.word 0x55e9d87
	.word 0xb2cc8f0
	.word 0xd462bcc9
	.word 0xfc807bb4
	.word 0x8d26cbaf
	.word 0xde333146
	.word 0xbb6e042b
	.word 0x680621e
	.word 0x52b7489f
	.word 0xcf3a5ced
	.word 0x1050697e
	.word 0xb28b5fe1
	.word 0xf795781a
	.word 0x4a549e71
	.word 0xeac0853c
	.word 0xb68879ef
	.word 0x8f0d6395
	.word 0x4c85976a
	.word 0x337da39e
	.word 0x66ca2339
	.word 0x770f5f8f
	.word 0x320cff0
	.word 0x4106917f
	.word 0xf60e258b
	.word 0x6554c654
	.word 0x4e592bfb
	.word 0xfe9b368
	.word 0x9115aea
	.word 0x6bcd724c
	.word 0x7516814e
	.word 0x2dd69f1
	.word 0x5380de00
	.word 0x405fbe20
	.word 0x44e7584d
	.word 0x523b58fa
	.word 0x1da48968
	.word 0x1db02aac
	.word 0x4517d1e
	.word 0x55a7b407
	.word 0xc7c7b714
	.word 0x1580df46
	.word 0xc36b1632
	.word 0x940dda64
	.word 0xc768f544
	.word 0xe1c32d24
	.word 0x89a0df7
	.word 0x6dbde5c5
	.word 0xf1a085a7
	.word 0xc396b08d
	.word 0xa564538e
	.word 0xcda50484
	.word 0xcb83f1de
	.word 0x2b50b42
	.word 0xd87e4f2c
	.word 0x22e33bc1
	.word 0xf6fc188c
	.word 0xc859ed3a
	.word 0x4a242f65
	.word 0x36d5f8a1
	.word 0xb1f21461
	.word 0x9cb7f61e
	.word 0x2cf4e3a4
	.word 0xa0874764
	.word 0x45178971
	.word 0x33079ecd
	.word 0xdb158ae2
	.word 0x23760706
	.word 0x91406f6d
	.word 0x91da65b
	.word 0x7058eb0
	.word 0x6ca96ef9
	.word 0x6fbba602
	.word 0x74069c5f
	.word 0x5628dcb9
	.word 0xfa4496a6
	.word 0x7a9c3f2e
	.word 0x5249b3d2
	.word 0xe24bf8ab
	.word 0x36841684
	.word 0x3ecd596e
	.word 0x29faa05e
	.word 0xc3da8a66
	.word 0xc056668d
	.word 0x9c7fd90e
	.word 0x8c9b7e81
	.word 0x8a2ecba4
	.word 0x38162329
	.word 0x721cdf10
	.word 0xd62bd60f
	.word 0x31a66f3a
	.word 0x746b725a
	.word 0x5e27d60a
	.word 0x383e4b59
	.word 0xdbf76d93
	.word 0xfee7c091
	.word 0xd8499e8b
	.word 0x9889e3a7
	.word 0x3b576af9
	.word 0x170c1e5d
	.word 0xc3973fe
	.word 0x6a92f97d
	.word 0x821537c3
	.word 0xb945f315
	.word 0xe3cd4046
	.word 0x33711124
	.word 0x3be6a84e
	.word 0x330cf819
	.word 0x2dfe4dde
	.word 0x6cfa007c
	.word 0xb24756c6
	.word 0x4b68eba9
	.word 0x95a1f447
	.word 0xce017bb3
	.word 0xcf9a0a08
	.word 0x55b2e1c5
	.word 0x38c2e500
	.word 0xe8383111
	.word 0x2d56a59c
	.word 0xc54e74ae
	.word 0x70ad9923
	.word 0xb2ba8407
	.word 0xa578b65a
	.word 0xc5c65fe3
	.word 0xc97d273e
	.word 0xdec0ef93
	.word 0xa56f2f4a
	.word 0x504fae29
	.word 0x14d1416c
	.word 0xa3673d52
	.word 0xdd66b9b4
	.word 0x4057af1c
	.word 0x33acd06
	.word 0x9de292b
	.word 0x539ec596
	.word 0xeea44000
	.word 0xb22a1912
	.word 0xd00c1356
	.word 0x1eb9b6c5
	.word 0x24415c55
	.word 0xf6b48db0
	.word 0x87557811
	.word 0x22becb7a
	.word 0x81ef24d2
	.word 0xcbdf9b68
	.word 0x2ee26111
	.word 0x3ace7e51
	.word 0x5580beb3
	.word 0x8890c98
	.word 0xa591ab5
	.word 0x8fa6872
	.word 0xfb755b88
	.word 0x508a02ca
	.word 0xaba1ec3
	.word 0x65291432
	.word 0xb2418b45
	.word 0xe60430f1
	.word 0x635e3f7c
	.word 0x328c49a4
	.word 0xccaa1b78
	.word 0x776ecfda
	.word 0x7c2eca90
	.word 0xaef9dee
	.word 0xd31609a7
	.word 0x567ef676
	.word 0x9ebe37ee
	.word 0x5038a22f
	.word 0xcbd16231
	.word 0x15710eba
	.word 0xa06cc9c9
	.word 0x13eb5903
	.word 0x61aba9a6
	.word 0x87731ec9
	.word 0x71e3df1c
	.word 0x4a0b199c
	.word 0xe292d00
	.word 0x5aae2044
	.word 0x4a7b0df7
	.word 0x537afab5
	.word 0x89a7c8c3
	.word 0x674d831c
	.word 0x32e379eb
	.word 0xe618d784
	.word 0x61ed17f0
	.word 0xa17db959
	.word 0xdc84dc32
	.word 0xa75549d3
	.word 0xc38af264
	.word 0x2501ac67
	.word 0x125c001
	.word 0x9d922ef3
	.word 0xd1c87875
	.word 0x61055d6
	.word 0x99f8e3e3
	.word 0x351ce501
	.word 0x9e2eaa3f
	.word 0x26449eeb
	.word 0x6ad20c7
	.word 0xf407a23d
	.word 0x84041bd
	.word 0xe8bd146
	.word 0xe0c649f7
	.word 0x16ef1c6b
	.word 0x5922dd9a
	.word 0x50a20692
	.word 0x1e799bea
	.word 0x8d9d6068
	.word 0x139e64a0
	.word 0x3e4b6f85
	.word 0x24c72d58
	.word 0xece5f02e
	.word 0xee3329e
	.word 0x7ea81e06
	.word 0xd074f6f2
	.word 0x9bf8a547
	.word 0x65505f0f
	.word 0xb88082b7
	.word 0xb210ed5c
	.word 0x58dc6aa1
	.word 0x648c2cc5
	.word 0xc38b75af
	.word 0xae6a530
	.word 0x16598810
	.word 0xcc28ec1d
	.word 0xe4cfbdc8
	.word 0x7da03a13
	.word 0x26ae8b22
	.word 0xe9ca827
	.word 0xe898b88b
	.word 0xebd4eaf
	.word 0x4a775e7b
	.word 0x96b5ba47
	.word 0x1e541d99
	.word 0x21091e2a
	.word 0x5b47b6cc
	.word 0x1e526063
	.word 0x199b00cc
	.word 0x49d53dad
	.word 0x227db93d
	.word 0x3e102190
	.word 0x7e65aca1
	.word 0xb5ccc279
	.word 0x9dfd63b8
	.word 0xc514dd
	.word 0xe9825bb2
	.word 0xfc7d13c8
	.word 0x9e83a58a
	.word 0xac6082f3
	.word 0x3be9216c
	.word 0xe7517f4e
	.word 0xdfa3b952
	.word 0xb9bc0fd6
	.word 0x309cad55
	.word 0x3fda60e
	.word 0x50bb8f90
	.word 0x87a79b4
	.word 0xaed79852
	.word 0xe663213c
	.word 0xcad8e3de
	.word 0x2ca596f
	.word 0x75142e1c
	.word 0xea2d1897
	.word 0x6ec45d08
	.word 0x49c0d8fa
	.word 0x9298335
	.word 0x10a8cdd2
	.word 0x2b43a23b
	.word 0xbf995a99
	.word 0xd8c2f7c
	.word 0x841e82ed
	.word 0xdc22114c
	.word 0x5f701769
	.word 0xee3e2d47
	.word 0x594dc90c
	.word 0xedeb1e7a
	.word 0x4aa73468
	.word 0x29662ddd
	.word 0x77628dd3
	.word 0xfdc7295f
	.word 0x5746009
	.word 0xa7d592d3
	.word 0xa470fa94
	.word 0xdf66c7a5
	.word 0xf5dee9ec
	.word 0x348cce3d
	.word 0x42c2b98
	.word 0xaab20dd7
	.word 0x8a1b9233
	.word 0xf3ec4dbd
	.word 0x3121c290
	.word 0x270b0309
	.word 0xaa2a173c
	.word 0xf171881a
	.word 0xce27ac43
	.word 0x4e55e314
	.word 0xb4d45bef
	.word 0xca9d235b
	.word 0xb038f020
	.word 0x69a840fe
	.word 0x5741b485
	.word 0x5bf5a9cd
	.word 0x3743abcb
	.word 0x567b016
	.word 0x9fc43d24
	.word 0x14769394
	.word 0x68a6256
	.word 0x12d061f6
	.word 0xc33b7ea1
	.word 0x310e1216
	.word 0x9ad9ddb0
	.word 0x8c9e2de7
	.word 0x6d7fc7b6
	.word 0x24a0e332
	.word 0x20115571
	.word 0x5d5175ee
	.word 0xe7d0f18
	.word 0x5c554237
	.word 0x7668dffe
	.word 0xdf720f95
	.word 0x4e9cfa75
	.word 0xeb94611c
	.word 0x914d8a27
	.word 0x21263e43
	.word 0x3b2b8bb4
	.word 0x1f8fdda
	.word 0xd635ed9b
	.word 0x1b51b358
	.word 0x8a6e1d65
	.word 0x7191a904
	.word 0xd29060dc
	.word 0xffa7cb9
	.word 0x4dc2ed6f
	.word 0x1d8fae58
	.word 0xe0df953a
	.word 0x5d635cc6
	.word 0xe98b70db
	.word 0x759a3173
	.word 0x453d5d89
	.word 0x3f0d532f
	.word 0x3877cafb
	.word 0xe431878f
	.word 0x4cc1b00f
	.word 0x22cdc08f
	.word 0xc151d1c1
	.word 0x965802d5
	.word 0x565fd354
	.word 0x2a95ac8e
	.word 0x7f80428c
	.word 0x8deed5e4
	.word 0xbd1db7ed
	.word 0x77e251bd
	.word 0x876805b7
	.word 0x7c0a6d58
	.word 0x58fc488
	.word 0x5ec9fae7
	.word 0x53306f8d
	.word 0x86fdfd4d
	.word 0x13dc7d07
	.word 0x13e6b419
	.word 0x69db23cb
	.word 0xb9eae65a
	.word 0x411b4d8a
	.word 0x3de9223f
	.word 0x2c7713e8
	.word 0xf44e94d
	.word 0xdfcd0f1b
	.word 0xbbe4518c
	.word 0xb6ce5a6
	.word 0x6cd5a70a
	.word 0xdea5e910
	.word 0x137cc2b3
	.word 0xee7603e6
	.word 0xef504883
	.word 0x2e4b2fc3
	.word 0x3dde295a
	.word 0xe657b120
	.word 0x1e049a39
	.word 0x253c6f98
	.word 0xb128441f
	.word 0x8cd4e18a
	.word 0xc5096f8
	.word 0xcf7cae5f
	.word 0xc5b0384
	.word 0xe95d07b1
	.word 0x7ccb6fe4
	.word 0x37cb089f
	.word 0x8dc0bd93
	.word 0xd42085ea
	.word 0x57295324
	.word 0xd4f05dc2
	.word 0x36463ea6
	.word 0xc3c24b8f
	.word 0xdcce3416
	.word 0x53d3df30
	.word 0x2e8cae6a
	.word 0xd377ca8a
	.word 0x6ef56cb9
	.word 0xaf278c08
	.word 0x8a72c83b
	.word 0xbdcdf1a1
	.word 0x7cc3dbfd
	.word 0xf0337c43
	.word 0x68d1205e
	.word 0xd7820053
	.word 0x668d5977
	.word 0x79d82b66
	.word 0xea2e72bc
	.word 0xab45f080
	.word 0xbfeabf6a
	.word 0xe8f6e649
	.word 0xb3c45696
	.word 0x1bc7c9bd
	.word 0xbcf30065
	.word 0x43060d5a
	.word 0xd70c8d8c
	.word 0x9118f492
	.word 0x7ed499b7
	.word 0x51a3e786
	.word 0x873514cf
	.word 0x90302539
	.word 0x67ea132
	.word 0x99498bde
	.word 0xae71e727
	.word 0xc03c83cd
	.word 0x58e4760f
	.word 0x129a5ebd
	.word 0x70f7917b
	.word 0xd9ceb2f7
	.word 0xfd9af2df
	.word 0xdbe924df
	.word 0x1125d7a6
	.word 0xd1f90b8e
	.word 0xe19eca8a
	.word 0x213d4b4d
	.word 0x82c14387
	.word 0xfc8f2d3f
	.word 0x3c30f4cb
	.word 0x7799367f
	.word 0x7b892454
	.word 0xbf72f175
	.word 0xcad81abb
	.word 0xf86cd1fc
	.word 0x283f7a75
	.word 0x2946806d
	.word 0xd020c5c8
	.word 0xdbad9104
	.word 0x58299d82
	.word 0x18a4e18e
	.word 0x16391b44
	.word 0x9f61bc6c
	.word 0xb5616b5a
	.word 0x99468cbf
	.word 0x52f85237
	.word 0x4f6d5368
	.word 0x45041ce8
	.word 0x15b68b24
	.word 0x5e9f40ed
	.word 0x66d5ce2c
	.word 0x3d141524
	.word 0x49a9957c
	.word 0x1bc3371f
	.word 0xd93dd86f
	.word 0x24312797
	.word 0x18bb3936
	.word 0x8c2519f8
	.word 0xcc5bc0d5
	.word 0x3c666455
	.word 0xed7b3843
	.word 0xc410b23a
	.word 0x98a4f931
	.word 0xf7d984f0
	.word 0x2fbb0d33
	.word 0x8db40d9d
	.word 0x8cf2d85e
	.word 0x28d707e2
	.word 0xcd4f5d17
	.word 0xfb586241
	.word 0x151700e9
	.word 0x544117ec
	.word 0xa1293af2
	.word 0x489000e9
	.word 0x592d914f
	.word 0x8b849d6d
	.word 0x1d0f1e59
	.word 0x264c665b
	.word 0xfa6d3018
	.word 0xd1addbcf
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
